#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over engine/src and tools/
# (not part of CI). Needs build/compile_commands.json:
#   cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
# Extra arguments (a file regex, e.g. 'engine/src/units') narrow the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/compile_commands.json ]]; then
  cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
"$tidy" -p build -quiet -j "$(nproc)" "${@:-engine/src|tools/}" 2>/dev/null |
  grep -E 'warning:|error:|^ ' || echo "clang-tidy: no findings"
