#!/usr/bin/env bash
# Installs the Debian packages chibo builds with, if any is missing.
# Needs root (or sudo) on a fresh machine; does nothing when all are present.
set -euo pipefail
packages=(g++ cmake make pkg-config catch2 libyaml-cpp-dev libfmt-dev libeigen3-dev libcli11-dev
          libicu-dev libssl-dev libxlsxwriter-dev libzip-dev libexpat1-dev libbenchmark-dev python3-openpyxl chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "chibo: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
