#!/usr/bin/env bash
# Outputs are never left half-written: an interrupted run leaves the old file
# as it was and no temporary file; a full disk is an error with a message; a
# device named as --output stays a device.
# Usage: check_outputs.sh CHIBO
chibo=$1
source "$(dirname "$0")/script_setup.sh"
month=rulesets/hoa-binh/samples/thang-03-2024.csv

# Waits (up to 10 s) for --output's temporary file to appear in $dir.
wait_for_temporary_file() {
  for _ in $(seq 100); do
    compgen -G "$dir/.chibo-*" >/dev/null && return 0
    sleep 0.1
  done
}

# 1. Interrupted while reading (the records come from a pipe nobody writes to
#    yet): the temporary file is removed, the old output is untouched.
#    (With job control, as a terminal's shell runs it: a script's background
#    job starts with SIGINT ignored, and chibo keeps it so; see 1b.)
echo "old" >"$dir/out.csv"
mkfifo "$dir/records.csv"
set -m
"$chibo" score --ruleset "$ruleset" --format csv --output "$dir/out.csv" "$dir/records.csv" \
  2>"$dir/err" &
pid=$!
set +m
wait_for_temporary_file
compgen -G "$dir/.chibo-*" >/dev/null || fail "no temporary file while the run waits"
kill -INT "$pid"
status=0
wait "$pid" || status=$?
[[ $status == 130 ]] || fail "interrupted run exited $status, expected 130 (SIGINT)"
[[ $(cat "$dir/out.csv") == old ]] || fail "the old output was changed"
if compgen -G "$dir/.chibo-*" >/dev/null; then fail "temporary file left behind"; fi

# 1b. Started with a signal ignored (`nohup chibo ... &`, then the terminal
#     closed): the signal stays ignored and the run goes on to write its
#     output (the temporary file's handler made SIGHUP kill it).
nohup "$chibo" score --ruleset "$ruleset" --format csv --output "$dir/out.csv" \
  "$dir/records.csv" >/dev/null 2>"$dir/err" &
pid=$!
wait_for_temporary_file
compgen -G "$dir/.chibo-*" >/dev/null || fail "no temporary file while the nohup run waits"
kill -HUP "$pid"
# (Bounded: a run the signal killed opens no pipe to read.)
timeout 20 bash -c 'cat "$1" >"$2"' _ "$month" "$dir/records.csv" || true
status=0
wait "$pid" || status=$?
[[ $status == 1 ]] || fail "a nohup run given SIGHUP exited $status, expected 1: $(cat "$dir/err")"
[[ $(head -c 13 "$dir/out.csv") == cell_id,date, ]] || fail "the nohup run wrote no output"
if compgen -G "$dir/.chibo-*" >/dev/null; then fail "temporary file left behind"; fi

# 2. A full disk, on standard output and as --output: exit 2 with a message.
status=0
"$chibo" score --ruleset "$ruleset" "$month" >/dev/full 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "score to a full standard output exited $status"
grep -q '^chibo score: không ghi được kết quả ra đầu ra chuẩn' "$dir/err" || fail "no message: $(cat "$dir/err")"
[[ $(grep -c 'không ghi được kết quả ra đầu ra chuẩn' "$dir/err") == 1 ]] ||
  fail "the message is not said once: $(cat "$dir/err")"
status=0
"$chibo" explain --ruleset "$ruleset" rulesets/hoa-binh/samples/meeting.yaml >/dev/full \
  2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "explain to a full standard output exited $status"
grep -q '^chibo: không ghi được kết quả ra đầu ra chuẩn' "$dir/err" &&
  [[ $(grep -c 'không ghi được kết quả ra đầu ra chuẩn' "$dir/err") == 1 ]] ||
  fail "explain to a full standard output: $(cat "$dir/err")"
status=0
"$chibo" --help >/dev/full 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "--help to a full standard output exited $status"
# A folder named as the output: said plainly (the workbook's was "Usually a permissions error").
mkdir "$dir/folder"
status=0
"$chibo" score --ruleset "$ruleset" --output "$dir/folder" "$month" 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "score --output FOLDER exited $status"
grep -q "^chibo score: '$dir/folder' là một thư mục: hãy ghi tên tệp kết quả" "$dir/err" ||
  fail "no message naming the folder: $(cat "$dir/err")"
status=0
"$chibo" report -r "$ruleset" -u tests/report/data/units.csv -p 2024-Q1 -f xlsx \
  -o "$dir/folder" "$month" 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "report --output FOLDER exited $status"
grep -q "^chibo report: '$dir/folder' là một thư mục: hãy ghi tên tệp kết quả" "$dir/err" ||
  fail "no message naming the folder: $(cat "$dir/err")"
status=0
"$chibo" score --ruleset "$ruleset" --output /dev/full "$month" 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "score --output /dev/full exited $status"
grep -q "^chibo score: không ghi được tệp '/dev/full': ổ đĩa đã đầy" "$dir/err" ||
  fail "no message: $(cat "$dir/err")"
[[ -c /dev/full ]] || fail "/dev/full is no longer a device"

# 3. A complete run replaces the old output in one step.
status=0
"$chibo" score --ruleset "$ruleset" --format csv --output "$dir/out.csv" "$month" \
  2>/dev/null || status=$?
[[ $status == 1 ]] || fail "score of the sample month exited $status"
[[ $(head -c 13 "$dir/out.csv") == cell_id,date, ]] || fail "out.csv was not written"
if compgen -G "$dir/.chibo-*" >/dev/null; then fail "temporary file left behind"; fi
# 4. An output named through a link: the file it leads to is written, the
#    link stays a link (it was replaced by a file: `-o /dev/stdout` with
#    standard output in a file left that file empty and /dev/stdout a file).
#    Here with links of the test's own, never the system's /dev/stdout.
mkdir "$dir/elsewhere" "$dir/links"
echo "old" >"$dir/elsewhere/scores.csv"
ln -s ../elsewhere/scores.csv "$dir/links/scores.csv"
"$chibo" score --ruleset "$ruleset" --format csv --output "$dir/links/scores.csv" "$month" \
  2>/dev/null || true
[[ -L $dir/links/scores.csv ]] || fail "the link was replaced by a file"
[[ $(head -c 13 "$dir/elsewhere/scores.csv") == cell_id,date, ]] ||
  fail "the file the link leads to was not written"
if compgen -G "$dir/links/.chibo-*" >/dev/null || compgen -G "$dir/elsewhere/.chibo-*" >/dev/null; then
  fail "temporary file left behind"
fi
ln -s /proc/self/fd/1 "$dir/links/stdout"
"$chibo" score --ruleset "$ruleset" --format csv --output "$dir/links/stdout" "$month" \
  >"$dir/captured.csv" 2>/dev/null || true
[[ -L $dir/links/stdout ]] || fail "the link to standard output was replaced by a file"
cmp -s "$dir/captured.csv" "$dir/elsewhere/scores.csv" ||
  fail "standard output (a file) through a link: not the scores"
# Written through the descriptor, at its offset: appended to a log (`>>`),
# and between a group's lines (the file was replaced, the log's lines lost;
# then, opened again, the shell's next line overwrote the start).
printf 'l1\n' >"$dir/log.csv"
{
  echo before
  "$chibo" score --ruleset "$ruleset" --format csv --output "$dir/links/stdout" "$month" \
    2>/dev/null || true
  echo after
} >>"$dir/log.csv"
{ printf 'l1\nbefore\n'; cat "$dir/elsewhere/scores.csv"; echo after; } >"$dir/expected.csv"
cmp -s "$dir/log.csv" "$dir/expected.csv" ||
  fail "output through /proc/self/fd/1 into a log: $(head -3 "$dir/log.csv")"
ln -s ../nowhere/new.csv "$dir/links/dangling.csv"
status=0
"$chibo" score --ruleset "$ruleset" --output "$dir/links/dangling.csv" "$month" 2>"$dir/err" ||
  status=$?
[[ $status == 2 ]] || fail "a link into a missing folder exited $status"
grep -q "^chibo score: không mở được tệp '$dir/links/dangling.csv' để ghi" "$dir/err" ||
  fail "no message naming the link: $(cat "$dir/err")"

# 5. A workbook (written by seeking in a file) to a pipe or a device: the
#    same bytes as to a file (a pipe was given a broken zip), through a
#    temporary file in TMPDIR that is removed.
book=(report -r "$ruleset" -u tests/report/data/units.csv -p 2024-Q1 -f xlsx)
"$chibo" "${book[@]}" -o "$dir/book.xlsx" "$month" 2>/dev/null || true
mkdir "$dir/tmp"
status=0
TMPDIR=$dir/tmp "$chibo" "${book[@]}" -o /dev/stdout "$month" 2>"$dir/err" | cat >"$dir/piped.xlsx" ||
  status=$?
cmp -s "$dir/book.xlsx" "$dir/piped.xlsx" || fail "the workbook through a pipe differs: $(cat "$dir/err")"
[[ -z $(ls -A "$dir/tmp") ]] || fail "temporary file left in TMPDIR: $(ls -A "$dir/tmp")"
# "-" is standard output (a file named "-" was made instead), to a file or a
# pipe; to a terminal it is refused before anything is read.
TMPDIR=$dir/tmp "$chibo" "${book[@]}" -o - "$month" >"$dir/dash.xlsx" 2>"$dir/err" || true
if [[ -e ./- ]]; then
  rm -f ./-
  fail "-o - made a file named '-'"
fi
cmp -s "$dir/book.xlsx" "$dir/dash.xlsx" || fail "the workbook to -o - differs: $(cat "$dir/err")"
{ "$chibo" "${book[@]}" -o - "$month" 2>/dev/null || true; } | cat >"$dir/dash-piped.xlsx"
cmp -s "$dir/book.xlsx" "$dir/dash-piped.xlsx" || fail "the workbook to -o - through a pipe differs"
if command -v script >/dev/null; then
  status=0
  script -qec "$chibo ${book[*]} -o - $month" /dev/null >"$dir/tty" 2>&1 || status=$?
  [[ $status == 2 ]] || fail "a workbook to a terminal exited $status"
  grep -q "bảng tính (xlsx) là tệp nhị phân, không in ra màn hình" "$dir/tty" ||
    fail "no message for a workbook to a terminal: $(cat "$dir/tty")"
fi
status=0
TMPDIR=$dir/tmp "$chibo" "${book[@]}" -o /dev/full "$month" 2>"$dir/err" || status=$?
[[ $status == 2 ]] || fail "report --output /dev/full exited $status"
grep -q "^chibo report: không ghi được tệp '/dev/full': ổ đĩa đã đầy" "$dir/err" ||
  fail "no message: $(cat "$dir/err")"
[[ -c /dev/full ]] || fail "/dev/full is no longer a device"
[[ -z $(ls -A "$dir/tmp") ]] || fail "temporary file left in TMPDIR: $(ls -A "$dir/tmp")"

# 6. The workbook's temporary files go beside it: with the system's /tmp full
#    it still comes out whole (it came out cut short, with no error); with
#    its own folder full, exit 2 with a message. Needs a mount namespace
#    (root): skipped without one. Run from a copy outside /tmp (the program
#    and the inputs: the build may be under /tmp, which is covered).
if unshare -m true 2>/dev/null; then
  away=$(mktemp -d -p /var/tmp)
  trap 'rm -rf "$dir" "$away"' EXIT
  mkdir -p "$away/tests/report/data"
  cp -r rulesets "$away/"
  cp tests/report/data/units.csv "$away/tests/report/data/"
  cp "$chibo" "$away/chibo"
  (
    cd "$away"
    units=tests/report/data/units.csv
    year=rulesets/hoa-binh/samples/district/nam-2024.csv  # its scores need more than 4 KB
    book=(./chibo report -r "$ruleset" -u "$units" -p 2024-Q1 -f xlsx)
    "${book[@]}" -o plain.xlsx "$month" 2>/dev/null || true
    status=0
    unshare -m bash -c 'mount -t tmpfs -o size=4k tmpfs /tmp && exec "$@"' _ \
      "${book[@]}" -o full-tmp.xlsx "$month" 2>err || status=$?
    [[ $status == 1 ]] || fail "report with /tmp full exited $status: $(cat err)"
    cmp -s plain.xlsx full-tmp.xlsx || fail "the workbook differs with /tmp full"
    mkdir small
    status=0
    unshare -m bash -c 'mount -t tmpfs -o size=4k tmpfs small && exec "$@"' _ \
      "${book[@]}" -o small/report.xlsx "$month" 2>err || status=$?
    [[ $status == 2 ]] || fail "report into a full folder exited $status"
    grep -q "^chibo report: không ghi được bảng tính 'small/report.xlsx'" err ||
      fail "no message naming the workbook: $(cat err)"
    # Any output written through a temporary file is named as the user gave it.
    status=0
    unshare -m bash -c 'mount -t tmpfs -o size=4k tmpfs small && exec "$@"' _ \
      ./chibo score -r "$ruleset" -o small/scores.csv "$year" 2>err || status=$?
    [[ $status == 2 ]] || fail "score into a full folder exited $status"
    grep -q "^chibo score: không ghi được tệp 'small/scores.csv': ổ đĩa đã đầy" err ||
      fail "no message naming the output: $(cat err)"
  )
fi
# An ending naming a format the command does not write (a table in a file
# named .xlsx, which Excel refuses to open) is warned of, with the command
# that writes a workbook; the file holds what the command writes.
"$chibo" score -r "$ruleset" -o "$dir/ket-qua.xlsx" "$month" 2>"$dir/err" || true
grep -qxF "chibo score: cảnh báo: tên tệp '$dir/ket-qua.xlsx' là của dạng xlsx, nhưng lệnh này \
không ghi dạng đó: ghi dạng table (bảng tính Excel, trang web: chibo report --format xlsx)" \
  "$dir/err" || fail "no warning for a table named .xlsx: $(cat "$dir/err")"
"$chibo" score -r "$ruleset" "$month" >"$dir/table" 2>/dev/null || true
cmp -s "$dir/table" "$dir/ket-qua.xlsx" || fail "the table named .xlsx is not the table"
# So is YAML in a file named .json (no JSON reader takes it), without the
# workbook's advice; a ranking named .markdown is markdown, as .md is.
"$chibo" template -r "$ruleset" -o "$dir/mau.json" 2>"$dir/err" || fail "template: $(cat "$dir/err")"
grep -qxF "chibo template: cảnh báo: tên tệp '$dir/mau.json' là của dạng json, nhưng lệnh này \
không ghi dạng đó: ghi dạng yaml" "$dir/err" || fail "no warning for YAML named .json: $(cat "$dir/err")"
d=rulesets/hoa-binh/samples/district
"$chibo" rank -r "$ruleset" -u $d/units.csv -p 2024-Q1 -o "$dir/xep-hang.markdown" $d/nam-2024.csv \
  2>"$dir/err" || true
head -1 "$dir/xep-hang.markdown" | grep -q '^## ' || fail "a ranking named .markdown is not markdown"
"$chibo" rank -r "$ruleset" -u $d/units.csv -p 2024-Q1 -f markdown $d/nam-2024.csv >"$dir/md" \
  2>/dev/null || true  # exit 1: the sample's spoilt records
cmp -s "$dir/md" "$dir/xep-hang.markdown" || fail "the ranking named .markdown is not -f markdown's"
# The template workbook is the same bytes from one run to the next (it was
# stamped with the clock's time): made a second apart, compared.
"$chibo" template -r "$ruleset" -o "$dir/mau-1.xlsx" 2>"$dir/err" || fail "template: $(cat "$dir/err")"
sleep 1.1
"$chibo" template -r "$ruleset" -o "$dir/mau-2.xlsx" 2>"$dir/err" || fail "template: $(cat "$dir/err")"
cmp -s "$dir/mau-1.xlsx" "$dir/mau-2.xlsx" || fail "the template workbook differs from run to run"
echo "check_outputs: interrupt, full disk and replacement behave"
