#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/, then runs each for SECONDS
# (default 20) from its seed corpus in tests/fuzz/corpus/TARGET. New inputs go
# to build-fuzz/corpus, never into the repository. A crash, leak, sanitizer
# finding or broken invariant stops the run and leaves the input in
# build-fuzz/ (crash-*); rerun it with build-fuzz/bin/fuzz_TARGET FILE.
#   tools/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(expression ruleset units records xlsx)
bash tools/install_deps.sh
if ! dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "chibo: installing clang libclang-rt-14-dev" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    clang libclang-rt-14-dev >/dev/null
fi
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHIBO_FUZZ=ON \
  -DBUILD_TESTING=OFF -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")
cd build-fuzz
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "fuzz_$t: ${seconds}s" >&2
  ASAN_OPTIONS=detect_leaks=1 "bin/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
    -timeout=10 -max_len=65536 -print_final_stats=1 "corpus/$t" "../tests/fuzz/corpus/$t" \
    2>"fuzz_$t.log" || { tail -60 "fuzz_$t.log" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "fuzz_$t.log" | sed "s/^/fuzz_$t: /" >&2
done
