#!/usr/bin/python3
"""Writes month_tabs_required_only.xlsx: a tab 'Tháng 1' of every column of
the template and the self-scores beside it (43 columns, 20 meetings), then a
tab 'Tháng 2' of the required columns alone (20 columns, 20 meetings whose
members all came), from
the sample year rulesets/hoa-binh/samples/district/nam-2024.csv; one of
January's cells typed wrong ('cos'), to be said at its tab:
  /usr/bin/python3 make_month_tabs.py
(openpyxl: Debian's python3-openpyxl, which tools/install_deps.sh installs.)"""
import csv
import datetime
import os

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.reader(open(os.path.join(
    here, "../../../rulesets/hoa-binh/samples/district/nam-2024.csv"), encoding="utf-8")))
header = rows[0]
groups = ["chuan_bi", "tham_du", "tien_hanh", "nguyen_tac", "ket_qua", "diem_thuong"]


def typed(column, value):
    if column == "date":
        return datetime.date(*map(int, value.split("-")))
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


book = openpyxl.Workbook()
january = book.active
january.title = "Tháng 1"
january.append(header + ["self." + g for g in groups] + ["reviewer." + g for g in groups])
for n, row in enumerate([r for r in rows[1:] if r[1].startswith("2024-01")][:20]):
    cells = [typed(c, v) for c, v in zip(header, row)]
    if n == 8:
        cells[header.index("self_criticism")] = "cos"
    january.append(cells + [""] * 12)
required = ["cell_id", "date", "kind", "members", "present", "content_prepared", "committee_met",
            "draft_resolution", "notified", "on_schedule", "full_order", "speakers", "duration",
            "praise_criticism", "minutes_book", "democratic", "self_criticism", "character",
            "task_completion", "resolution_passed"]
february = book.create_sheet("Tháng 2")
february.append(required)
# Meetings whose members all came (no one exempt, excused or absent): the
# columns left out would hold 0.
full = [dict(zip(header, r)) for r in rows[1:] if r[1].startswith("2024-02")]
full = [v for v in full if v["present"] == v["members"] and
        all(v[c] in ("", "0") for c in ("exempt", "excused", "unexcused", "long_absent"))]
for values in full[:20]:
    february.append([typed(c, values[c]) for c in required])
book.save(os.path.join(here, "month_tabs_required_only.xlsx"))
