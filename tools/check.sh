#!/usr/bin/env bash
# The README's second command: build with warnings as errors, then run every
# test (unit tests, the CLI end-to-end cases, every shipped ruleset's lint and
# examples) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh -DCHIBO_WERROR=ON
cd build
ctest --output-on-failure -j"$(nproc)"
