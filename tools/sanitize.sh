#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (into build-sanitize/, apart from the normal build), run through CTest. Any
# finding aborts the test that trips it, so a clean run means no finding.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install_deps.sh
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCHIBO_SANITIZE=ON -DCHIBO_WERROR=ON >/dev/null
cmake --build build-sanitize -j"$(nproc)"
cd build-sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j"$(nproc)"
