#!/usr/bin/env bash
# The README's first command: build, then score the sample month of Hòa Bình
# and print the table. The sample holds two deliberately invalid rows, so the
# rejections and the accounting line show on standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
status=0
build/bin/chibo score --ruleset rulesets/hoa-binh/qd31-2018.yaml \
  rulesets/hoa-binh/samples/thang-03-2024.csv || status=$?
# Exit code 1 means "some records were rejected", which the sample shows on purpose.
[ "$status" -le 1 ] || exit "$status"
