#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over engine/src and tools/ (the
# benchmark's kernels left out: their `auto _ =` stores are on purpose)
# (not part of CI). Needs build/compile_commands.json, made here if missing.
# An argument (a file regex, e.g. 'engine/src/units') narrows the run.
# Prints the findings, or "clang-tidy: no findings"; the whole run takes
# some minutes on two cores (clang-analyzer).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/compile_commands.json ]]; then
  cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
out=$("$tidy" -p build -quiet -j "$(nproc)" "${1:-engine/src|tools/(chibo|generate|usage)/}" 2>/dev/null |
  sed 's/\x1b\[[0-9;]*m//g' | grep -v '^clang-tidy' || true)
if [[ -n "$out" ]]; then
  echo "$out"
  exit 1
fi
echo "clang-tidy: no findings"
