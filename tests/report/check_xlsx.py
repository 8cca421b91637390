#!/usr/bin/python3
"""Opens a workbook written by `chibo report --format xlsx` with openpyxl (a
real reader) and checks that its ranking sheet says what `chibo rank --format
csv` says for the same inputs, and that the sheets are set up as promised.

usage: check_xlsx.py CHIBO WORKDIR RANK_ARGS...   (RANK_ARGS: -r R -u U -p P FILES)
"""
import csv
import datetime
import io
import os
import subprocess
import sys
import time

import openpyxl


def fail(msg):
    print("check_xlsx: FAIL: " + msg)
    sys.exit(1)


def unquoted(text):
    """The text chibo wrote before neutralising it for a spreadsheet ('=1+1 -> =1+1)."""
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t", "\r") else text


def main():
    chibo, workdir, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(workdir, exist_ok=True)
    book = os.path.join(workdir, "report.xlsx")
    if os.path.exists(book):
        os.remove(book)
    run = subprocess.run([chibo, "report", "--format", "xlsx", "-o", book] + args,
                         capture_output=True, timeout=120)
    if run.returncode not in (0, 1) or not os.path.exists(book):
        fail("chibo report exited %d: %s" % (run.returncode, run.stderr.decode()))
    rank = subprocess.run([chibo, "rank", "--format", "csv"] + args, capture_output=True,
                          timeout=120)
    expected = list(csv.DictReader(io.StringIO(rank.stdout.decode("utf-8"))))

    # Same inputs, same bytes: the workbook is dated by its period, not the clock.
    again = os.path.join(workdir, "again.xlsx")
    time.sleep(1.1)
    subprocess.run([chibo, "report", "--format", "xlsx", "-o", again] + args,
                   capture_output=True, timeout=120)
    with open(book, "rb") as a, open(again, "rb") as b:
        if a.read() != b.read():
            fail("two runs on the same inputs wrote different workbooks")

    wb = openpyxl.load_workbook(book)
    period = args[args.index("-p") + 1]
    year, _, quarter = period.partition("-Q")
    last_month = 3 * int(quarter) if quarter else 12
    last_day = datetime.date(int(year) + last_month // 12, last_month % 12 + 1, 1) - \
        datetime.timedelta(days=1)
    if wb.properties.created != datetime.datetime.combine(last_day, datetime.time()):
        fail("created %r, expected the period's last day %s" % (wb.properties.created, last_day))
    want = ["Xếp hạng", "Tổng hợp", "Chi tiết", "Tự chấm", "Bị loại"]
    if wb.sheetnames != want:
        fail("sheets %r, expected %r" % (wb.sheetnames, want))
    ws = wb["Xếp hạng"]
    rows = list(ws.iter_rows(values_only=True))
    header, body = list(rows[0]), rows[1:]
    if len(body) != len(expected):
        fail("%d ranking rows, rank --format csv has %d" % (len(body), len(expected)))
    col = {name: header.index(name) for name in
           ("Hạng", "Chi bộ", "Tên", "Loại hình", "Điểm", "Xếp loại")}
    grade_label, type_label = {}, {}
    for i, (got, exp) in enumerate(zip(body, expected), start=2):
        pairs = [("Hạng", int(exp["rank"])), ("Chi bộ", unquoted(exp["cell_id"])),
                 ("Tên", unquoted(exp["name"])),
                 ("Điểm", float(exp["score"]))]
        for name, value in pairs:
            if got[col[name]] != value:
                fail("row %d, %s: %r in the workbook, %r from rank" % (i, name, got[col[name]], value))
        # Labels in the workbook, ids in the csv: each id must always have the same label.
        for ids, key, name in ((grade_label, "grade", "Xếp loại"), (type_label, "type", "Loại hình")):
            if ids.setdefault(exp[key], got[col[name]]) != got[col[name]]:
                fail("row %d: %s '%s' shown as both %r and %r" % (i, key, exp[key], ids[exp[key]], got[col[name]]))
    # The previous period as numbers: its score and its rank, as rank --format csv gives them.
    if "Điểm kỳ trước" in header:
        ps, pr = header.index("Điểm kỳ trước"), header.index("Hạng kỳ trước")
        for i, (got, exp) in enumerate(zip(body, expected), start=2):
            want = (float(exp["previous_score"]), int(exp["previous_rank"])) \
                if exp["previous_rank"] else ("-", "-")
            if (got[ps], got[pr]) != want:
                fail("row %d: previous %r, rank says %r" % (i, (got[ps], got[pr]), want))
    elif any(exp["previous_rank"] for exp in expected):
        fail("no previous period's columns, though rank has one")
    # A cell's base organisation is the same on every sheet (none for a base cell itself).
    base_of = {r[header.index("Chi bộ")]: r[header.index("Đảng bộ cơ sở")] for r in body}
    drows = list(wb["Chi tiết"].iter_rows(values_only=True))
    dcell, dbase = drows[0].index("Chi bộ"), drows[0].index("Đảng bộ cơ sở")
    for i, r in enumerate(drows[1:], start=2):
        if r[dcell] in base_of and (r[dbase] or None) != (base_of[r[dcell]] or None):
            fail("Chi tiết row %d: base %r, Xếp hạng says %r" % (i, r[dbase], base_of[r[dcell]]))
    # Each meeting's criteria are what `chibo score --format csv` gives it, an
    # empty cell where it leaves one empty (a criterion left off the meeting's sheet).
    ruleset = args[args.index("-r") + 1]
    files = [a for i, a in enumerate(args)
             if not a.startswith("-") and (i == 0 or args[i - 1] not in ("-r", "-u", "-p", "--by"))]
    score = subprocess.run([chibo, "score", "--format", "csv", "-r", ruleset] + files,
                           capture_output=True, timeout=120)
    scored = {}
    for s in csv.DictReader(io.StringIO(score.stdout.decode("utf-8"))):
        key = (unquoted(s["cell_id"]), s["date"][5:7] + "/" + s["date"][:4], s["kind"])
        scored.setdefault(key, []).append(s)
    kind_id = {"thường kỳ": "regular", "chuyên đề": "thematic"}
    dmonth, dkind = drows[0].index("Tháng"), drows[0].index("Loại")
    criteria = [(i, name[name.rindex("(") + 1:-1]) for i, name in enumerate(drows[0]) if i >= 8]
    empty = 0
    for i, r in enumerate(drows[1:], start=2):
        want = [[float(s[c]) if s[c] else None for _, c in criteria]
                for s in scored.get((r[dcell], r[dmonth], kind_id[r[dkind]]), [])]
        got = [r[j] for j, _ in criteria]
        if got not in want:
            fail("Chi tiết row %d: criteria %r, score --format csv gives %r" % (i, got, want))
        empty += got.count(None)
    if len(set(grade_label.values())) != len(grade_label):
        fail("two grades share a label: %r" % grade_label)

    score = ws.cell(row=2, column=col["Điểm"] + 1)
    if not isinstance(score.value, float) and not isinstance(score.value, int):
        fail("scores are not stored as numbers")
    if score.number_format != "0.00":
        fail("score format %r, expected '0.00'" % score.number_format)
    if ws.cell(row=2, column=col["Xếp loại"] + 1).fill.fgColor.rgb in (None, "00000000"):
        fail("grade cells have no fill")
    for sheet in ("Xếp hạng", "Chi tiết", "Tự chấm", "Bị loại"):
        s = wb[sheet]
        if s.freeze_panes != "A2":
            fail("%s: header row not frozen (%r)" % (sheet, s.freeze_panes))
        if not s.auto_filter.ref and s.max_row > 1:
            fail("%s: no filter" % sheet)
        if s.page_setup.orientation != "landscape" or str(s.page_setup.paperSize) != "9":
            fail("%s: not A4 landscape" % sheet)
        if s.print_title_rows != "$1:$1":
            fail("%s: header row not repeated on printed pages" % sheet)
        if not s.sheet_properties.pageSetUpPr.fitToPage:
            fail("%s: not fitted to the page width" % sheet)
    # The audit sheet lists the meetings `chibo audit --format csv` lists.
    # audit ranks nothing, so it takes no --by.
    audit_args = [a for i, a in enumerate(args) if a != "--by" and (i == 0 or args[i - 1] != "--by")]
    audit = subprocess.run([chibo, "audit", "--format", "csv"] + audit_args, capture_output=True,
                           timeout=120)
    if audit.returncode == 2:
        fail("chibo audit refused its arguments: %s" % audit.stderr.decode("utf-8").strip())
    flagged = list(csv.DictReader(io.StringIO(audit.stdout.decode("utf-8"))))
    arows = list(wb["Tự chấm"].iter_rows(values_only=True))
    aheader, abody = list(arows[0]), arows[1:]
    if len(abody) != len(flagged):
        fail("%d audit rows, audit --format csv has %d" % (len(abody), len(flagged)))
    acol = {name: aheader.index(name) for name in ("Chi bộ", "Ngày sinh hoạt", "Tự chấm",
                                                   "Điểm theo tiêu chí", "Cao hơn điểm theo tiêu chí")}
    for i, (got, exp) in enumerate(zip(abody, flagged), start=2):
        # The date a date cell (openpyxl reads it as a datetime), the machine CSV's YYYY-MM-DD.
        day = datetime.datetime.strptime(exp["date"], "%Y-%m-%d")
        pairs = [("Chi bộ", unquoted(exp["cell_id"])), ("Ngày sinh hoạt", day),
                 ("Tự chấm", float(exp["self_total"]) if exp["self_total"] else None),
                 ("Điểm theo tiêu chí", float(exp["computed_total"]) if exp["computed_total"] else None),
                 ("Cao hơn điểm theo tiêu chí", float(exp["over_computed_by"]) if exp["over_computed_by"] else None)]
        for name, value in pairs:
            if got[acol[name]] != value:
                fail("audit row %d, %s: %r in the workbook, %r from audit" % (i, name, got[acol[name]], value))
    # Nothing in the workbook is a formula: text that starts with '=' (a unit's name, a
    # rejected record's reason) is a string cell, which a spreadsheet never runs.
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                if c.data_type == "f":
                    fail("%s!%s holds a formula: %r" % (sheet.title, c.coordinate, c.value))
    rejected = [r for r in wb["Bị loại"].iter_rows(min_row=2, values_only=True)]
    # Each rejected record's cell, when named, is the one on its line of its file; a
    # record whose cell and date were read names it.
    header = [c.value for c in wb["Bị loại"][1]]
    if header != ["Tệp", "Dòng", "Chi bộ", "Lý do"]:
        fail("Bị loại's header is %r" % header)
    named = 0
    for path, line, cell, why in rejected:
        # One the store refused (a second meeting of a month, a cell not in
        # the list) names its cell too: the reason quotes it.
        if why.startswith("chi bộ '") and cell != why.split("'")[1]:
            fail("Bị loại: %s:%d (%s) names cell %r" % (path, line, why, cell))
        if not cell:
            continue
        named += 1
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
            text = f.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if cell not in text[int(line) - 1]:
            fail("Bị loại: cell %r is not on %s:%d" % (cell, path, line))
    if rejected and not named:
        fail("Bị loại: no rejected record names its cell")
    print("check_xlsx: %d ranking rows equal rank --format csv; %d meetings' criteria (%d "
          "empty) equal score --format csv; %d audit rows equal audit --format csv; %d rejected "
          "records listed" % (len(body), len(drows) - 1, empty, len(abody), len(rejected)))


if __name__ == "__main__":
    main()
