#!/usr/bin/env bash
# Installs what is missing, then configures and builds into build/
# (the program lands at build/bin/chibo). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install_deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build -j"$(nproc)"
