#!/usr/bin/env bash
# Standard output sent to a file the command reads ('>> thang-3.csv', '>>
# the ruleset', '>> units.csv') is refused before anything is read or written,
# exit 2: 'chibo score thang-3.csv >> thang-3.csv' appended the scores to the
# records, exit 0. Every input file is left as it was.
# Usage: check_stdout_is_input.sh CHIBO
chibo=$1
source "$(dirname "$0")/script_setup.sh"
district=rulesets/hoa-binh/samples/district
cp rulesets/hoa-binh/samples/thang-03-2024.csv "$dir/t3.csv"
cp "$district/units.csv" "$dir/units.csv"
# The ruleset copied beside them, its base named where it is.
sed "s|extends: ../trung-uong/|extends: $PWD/rulesets/trung-uong/|" "$ruleset" >"$dir/r.yaml"
for f in t3.csv units.csv r.yaml; do cp "$dir/$f" "$dir/$f.orig"; done

# refused TARGET EXPECTED_STDERR COMMAND...: run with standard output appended to TARGET.
refused() {
  local target=$1 want=$2 status=0
  shift 2
  "$chibo" "$@" >>"$dir/$target" 2>"$dir/err" || status=$?
  [[ $status == 2 ]] || fail "$*: exit $status, expected 2"
  [[ $(cat "$dir/err") == "$want" ]] || fail "$*: said '$(cat "$dir/err")', expected '$want'"
  for f in t3.csv units.csv r.yaml; do
    cmp -s "$dir/$f" "$dir/$f.orig" || fail "$*: $f was changed"
  done
  echo "ok: $1 ... >> $target"
}
said() {
  echo "chibo $1: không ghi kết quả vào tệp đang đọc: tệp đầu vào '$dir/$2' là đầu ra chuẩn (> hoặc >> trên dòng lệnh); hãy ghi kết quả vào tệp khác"
}
refused t3.csv "$(said score t3.csv)" score -r "$dir/r.yaml" "$dir/t3.csv"
refused r.yaml "$(said score r.yaml)" score -r "$dir/r.yaml" "$dir/t3.csv"
refused t3.csv "$(said explain t3.csv)" explain -r "$dir/r.yaml" "$dir/t3.csv"
refused r.yaml "$(said resolve r.yaml)" resolve "$dir/r.yaml"
refused r.yaml "$(said template r.yaml)" template -r "$dir/r.yaml"
refused units.csv "$(said rank units.csv)" rank -r "$dir/r.yaml" -u "$dir/units.csv" -p 2024-Q1 "$dir/t3.csv"
refused t3.csv "$(said audit t3.csv)" audit -r "$dir/r.yaml" -u "$dir/units.csv" -p 2024-Q1 "$dir/t3.csv"
# Standard input and standard output one file.
status=0
"$chibo" score -r "$dir/r.yaml" - <"$dir/t3.csv" >>"$dir/t3.csv" 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "score - < t3.csv >> t3.csv: exit $status"
[[ $(cat "$dir/err") == "chibo score: không ghi kết quả vào tệp đang đọc: đầu vào chuẩn '-' và đầu ra chuẩn là cùng một tệp; hãy ghi kết quả vào tệp khác" ]] ||
  fail "score - < t3.csv >> t3.csv: said '$(cat "$dir/err")'"
cmp -s "$dir/t3.csv" "$dir/t3.csv.orig" || fail "score - < t3.csv >> t3.csv: t3.csv was changed"
# Standard output to another file is written as before.
"$chibo" score -r "$dir/r.yaml" -f csv "$dir/t3.csv" >"$dir/scores.csv" 2>/dev/null || [[ $? == 1 ]] ||
  fail "score > scores.csv failed"
[[ $(wc -l <"$dir/scores.csv") -gt 20 ]] || fail "score > scores.csv wrote $(wc -l <"$dir/scores.csv") lines"
echo "ok: standard output elsewhere is written"
