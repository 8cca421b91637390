#!/usr/bin/python3
"""Broken record files, made from a good one: every record read is scored or
rejected with a reason, and the counts add up (read = scored + rejected, read =
the rows in the file), for `chibo score` and `chibo rank`. Each kind of damage
also gives its exact message.

usage: check_broken_files.py CHIBO WORKDIR
"""
import csv
import io
import os
import re
import resource
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RULESET = os.path.join(ROOT, "rulesets/hoa-binh/qd31-2018.yaml")
UNITS = os.path.join(ROOT, "tests/cli/data/district_units.csv")
GOOD = os.path.join(ROOT, "tests/cli/data/district_h1.csv")
# Counts as Vietnamese writes them: 2.990 is two thousand nine hundred and ninety.
ACCOUNT = re.compile(r"^chibo: ([\d.]+) bản ghi đã đọc, ([\d.]+) đã chấm điểm, ([\d.]+) bị loại$", re.M)


def fail(msg):
    print("check_broken_files: FAIL: " + msg)
    sys.exit(1)


def rows_in(text):
    """Data records a CSV reader finds (the header apart)."""
    return max(0, len([r for r in csv.reader(io.StringIO(text)) if r != []]) - 1)


def run(chibo, args):
    p = subprocess.run([chibo] + args, capture_output=True, timeout=120)
    return p.returncode, p.stderr.decode("utf-8", "replace")


def main():
    chibo, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    # An endless first line on standard input is read a bounded piece at a
    # time while its format is looked for (a line was read whole: 40 MB of
    # NUL bytes held 454 MB, 791 MB under AddressSanitizer; now 30-55 MB).
    # First, so that the peak of every child so far is this one's.
    # Made by head in a pipe: held here, the bytes would count in the child's
    # peak (a fork's pages before it runs chibo).
    p = subprocess.run(["bash", "-c", 'head -c 83886080 /dev/zero | "$0" score -r "$1" -f csv -',
                        chibo, RULESET], capture_output=True, timeout=120)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if p.returncode != 1 or peak_mb > 400:
        fail("80 MB of NUL bytes on standard input: exit %d, peak %.0f MB:\n%s"
             % (p.returncode, peak_mb, p.stderr.decode("utf-8", "replace")[-1000:]))
    good = open(GOOD, encoding="utf-8").read()
    lines = good.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    cols = header.rstrip("\n").split(",")
    at = {name: i for i, name in enumerate(cols)}

    def edit(line, col, value):
        f = line.rstrip("\n").split(",")
        f[at[col]] = value
        return ",".join(f) + "\n"

    def drop(line, col):
        f = line.rstrip("\n").split(",")
        del f[at[col]]
        return ",".join(f) + "\n"

    cases = {
        # name: (file text, a message that must appear on stderr, or None)
        "truncated": (good[: len(good) * 2 // 3], None),
        "missing_column": ("".join(drop(l, "present") for l in lines),
                           "thiếu cột 'present' (Số đảng viên có mặt)"),
        "short_rows": (header + "".join(l[: len(l) // 2] + "\n" for l in body[:20]),
                       "ô nhưng tiêu đề có 31 cột"),
        # score scores each meeting on its own; rank keeps one meeting a cell a month.
        "duplicate_meetings": (header + "".join(body) + "".join(body[:10]),
                               "rank:đã có bản ghi sinh hoạt thường kỳ tháng"),
        "date_before_ruleset": (header + "".join(edit(l, "date", "2017-05-10") for l in body[:5]),
                                "trước ngày hiệu lực 14/12/2018 của bộ tiêu chí"),
        "negative_counts": (header + "".join(edit(l, "present", "-3") for l in body[:5]),
                            "cột 'present' (Số đảng viên có mặt): -3 nhỏ hơn mức tối thiểu 0"),
        "huge_counts": (header + "".join(edit(l, "members", "99999999999999999999") for l in body[:5]),
                        "cột 'members' (Tổng số đảng viên của chi bộ): '99999999999999999999' có quá nhiều "
                        "chữ số (tối đa 18)"),
        "large_counts": (header + "".join(edit(l, "members", "5000") for l in body[:5]),
                         "cột 'members' (Tổng số đảng viên của chi bộ): 5000 lớn hơn mức tối đa"),
        "impossible_date": (header + "".join(edit(l, "date", "2024-02-30") for l in body[:5]),
                            "'2024-02-30' không phải là ngày"),
        "empty": ("", None),
        "header_only": (header, None),
        "binary": ("\x00\x01\xff garbage\n" * 3, None),
    }
    for name, (text, message) in cases.items():
        path = os.path.join(work, name + ".csv")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
        expected_rows = rows_in(text)
        for args in (["score", "-r", RULESET, "-f", "csv", path],
                     ["rank", "-r", RULESET, "-u", UNITS, "-p", "2024-Q1", path]):
            code, err = run(chibo, args)
            if code not in (0, 1):
                fail("%s: chibo %s exited %d:\n%s" % (name, args[0], code, err[-2000:]))
            m = ACCOUNT.search(err)
            if not m:
                fail("%s: chibo %s printed no accounting line:\n%s" % (name, args[0], err[-2000:]))
            read, scored, rejected = (int(g.replace(".", "")) for g in m.groups())
            if read != scored + rejected:
                fail("%s: chibo %s: %d read != %d scored + %d rejected" % (name, args[0], read, scored, rejected))
            if name != "binary" and read != expected_rows:
                fail("%s: chibo %s read %d records, the file has %d" % (name, args[0], read, expected_rows))
            errors = len(re.findall(r": error: ", err))
            if errors < rejected:
                fail("%s: chibo %s rejected %d records but gave %d reasons" % (name, args[0], rejected, errors))
            if message and message.startswith("rank:"):
                if args[0] != "rank":
                    continue
                message = message[5:]
            if message and message not in err:
                fail("%s: chibo %s did not say %r:\n%s" % (name, args[0], message, err[-1500:]))
    print("check_broken_files: %d broken files, counts add up for score and rank; standard "
          "input's first line read in bounded pieces (peak %.0f MB)" % (len(cases), peak_mb))


if __name__ == "__main__":
    main()
