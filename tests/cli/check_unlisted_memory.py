#!/usr/bin/python3
"""A wrong units list costs no memory a record: `chibo rank` of a generated
province's year (about 62,000 records) with a list of one cell, which rejects
every record, peaks no higher than with the right list (a few MB of noise
allowed). Every line after the first record of a cell not in the list was
held for the end, and every rejection kept: 45 MB against 19 MB (5 December).
`chibo report` lists the first 10,000 rejected records and counts the rest:
it kept every one, and the national year's page was 764 MB, its peak 3.2 GB
(at this scale, 9.4 MB and 59 MB, where the report's own base is 47 MB: the
page is looked at, its peak printed).

usage: check_unlisted_memory.py CHIBO CHIBO_GEN WORKDIR
"""
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RULESET = os.path.join(ROOT, "rulesets/hoa-binh/qd31-2018.yaml")
# What the run with one cell may take above the run with every cell.
ALLOWED_KB = 8 * 1024
LISTED = 10000


def fail(msg):
    print("check_unlisted_memory: FAIL: " + msg)
    sys.exit(1)


def peak_kb(args, err_path):
    """The peak resident memory of one run of args (its own, not the largest
    child's so far), and its exit code."""
    with open(err_path, "wb") as err:
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen waits no more
    return usage.ru_maxrss, p.returncode


def main():
    chibo, gen, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    units, records = os.path.join(work, "units.csv"), os.path.join(work, "province.csv")
    subprocess.run([gen, "--ruleset", RULESET, "--scale", "province", "--year", "2024", "--seed",
                    "5", "--units", units, "--records", records],
                   check=True, capture_output=True, timeout=120)
    one = os.path.join(work, "one-cell.csv")
    with open(one, "w", encoding="utf-8") as f:
        f.write("id,name,level,type,parent,members\n"
                "CP-TT-01,Chi bộ tổ dân phố 1,chi_bo_co_so,residential,,12\n")
    rank = [chibo, "rank", "-r", RULESET, "-p", "2024", "-f", "csv", "-o", "/dev/null",
            "--threads", "2"]
    right, code = peak_kb(rank + ["-u", units, records], os.path.join(work, "right.err"))
    if code not in (0, 1):
        fail("rank with the right list exited %d" % code)
    wrong, code = peak_kb(rank + ["-u", one, records], os.path.join(work, "one.err"))
    err = open(os.path.join(work, "one.err"), encoding="utf-8").read()
    if code != 1 or "chi bộ có bản ghi nhưng không có trong danh sách đơn vị" not in err:
        fail("rank with a one-cell list exited %d:\n%s" % (code, err[-1000:]))
    if wrong > right + ALLOWED_KB:
        fail("rank with a one-cell list peaked at %d KB, with the right list %d KB"
             % (wrong, right))
    page = os.path.join(work, "one.html")
    report = [chibo, "report", "-r", RULESET, "-p", "2024", "-f", "html", "-o", page,
              "--threads", "2", "-u", one, records]
    reported, code = peak_kb(report, os.path.join(work, "report.err"))
    if code != 1:
        fail("report with a one-cell list exited %d" % code)
    # The accounting line: "chibo: 62.250 bản ghi đã đọc, 14 đã chấm điểm, 62.236 bị loại".
    counted = re.search(r"^chibo: [\d.]+ bản ghi đã đọc, [\d.]+ đã chấm điểm, ([\d.]+) bị loại$",
                        open(os.path.join(work, "report.err"), encoding="utf-8").read(), re.M)
    if not counted:
        fail("report printed no accounting line")
    rejected = int(counted.group(1).replace(".", ""))
    text = open(page, encoding="utf-8").read()
    rest = "{:,}".format(rejected - LISTED).replace(",", ".")
    said = ("Danh sách chỉ ghi 10.000 bản ghi bị loại đầu tiên; %s bản ghi bị loại khác không "
            "ghi ở đây." % rest)
    if said not in text:
        fail("the page does not say '%s'" % said)
    rows = text.count("<tr><td>%s</td>" % records)
    if rows != LISTED:
        fail("the page lists %d rejected records, not %d" % (rows, LISTED))
    print("check_unlisted_memory: one-cell list %d KB, right list %d KB; report %d KB, page %d KB"
          % (wrong, right, reported, len(text.encode("utf-8")) // 1024))


if __name__ == "__main__":
    main()
