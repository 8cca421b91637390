#!/usr/bin/env bash
# The README's first command: build, score the sample month of Hòa Bình and
# print the table, then rank the sample district (192 cells, a generated year)
# for quarter I/2024 and print the ranking with the district summary. Both
# samples hold deliberately invalid rows, so rejections and the accounting
# lines show on standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
ruleset=rulesets/hoa-binh/qd31-2018.yaml
district=rulesets/hoa-binh/samples/district
# Exit code 1 means "some records were rejected", which the samples show on purpose.
status=0
build/bin/chibo score --ruleset "$ruleset" rulesets/hoa-binh/samples/thang-03-2024.csv || status=$?
[ "$status" -le 1 ] || exit "$status"
echo
status=0
build/bin/chibo rank --ruleset "$ruleset" --units "$district/units.csv" --period 2024-Q1 \
  "$district/nam-2024.csv" || status=$?
[ "$status" -le 1 ] || exit "$status"
