#!/usr/bin/python3
"""Writes an Excel workbook (.xlsx) of a CSV file, typed as an office types
it: dates as dates (shown dd/mm/yyyy), `task_completion` as a percentage
(0.935 shown 93.50%), numbers as numbers, the rest as text. Made the
sample month rulesets/hoa-binh/samples/thang-03-2024.xlsx and the fixture
district_units_vi.xlsx, and thang-03-title.xlsx (a title above the table):
  /usr/bin/python3 make_xlsx.py ../../../rulesets/hoa-binh/samples/thang-03-2024.csv \
      ../../../rulesets/hoa-binh/samples/thang-03-2024.xlsx
  /usr/bin/python3 make_xlsx.py district_units_vi.csv district_units_vi.xlsx
  /usr/bin/python3 make_xlsx.py ../../../rulesets/hoa-binh/samples/thang-03-2024.csv \
      thang-03-title.xlsx "ĐẢNG BỘ HUYỆN CAO PHONG" "TỔNG HỢP SINH HOẠT CHI BỘ THÁNG 3/2024"
and, with --duration-as-time first, `duration` (minutes) as a time cell shown
[h]:mm (90 is 1:30), thang-03-duration-time.xlsx:
  /usr/bin/python3 make_xlsx.py --duration-as-time \
      ../../../rulesets/hoa-binh/samples/thang-03-2024.csv thang-03-duration-time.xlsx
and, with --guide-first, the table on a sheet 'Bản ghi' after a sheet 'Hướng dẫn' listing its
columns down column A, as `chibo template` writes its guide (an office moving the guide to the
front), thang-03-guide-first.xlsx and district_units_guide_first.xlsx:
  /usr/bin/python3 make_xlsx.py --guide-first \
      ../../../rulesets/hoa-binh/samples/thang-03-2024.csv thang-03-guide-first.xlsx
  /usr/bin/python3 make_xlsx.py --guide-first district_units_vi.csv \
      district_units_guide_first.xlsx
and, with --tab-per-month, a summary tab 'Điểm' first (Mã chi bộ | Ngày sinh hoạt | Điểm | Xếp
loại), then a tab a month ('Tháng 1' hidden, 'Tháng 2', ..., each with the header and that
month's rows), then a summary tab 'Tổng hợp' (STT | Mã chi bộ | Điểm) and a tab 'Ghi chép'
naming `Mã chi bộ` beside `Ngày` (no column of the records by name), district_h1_by_month.xlsx:
  /usr/bin/python3 make_xlsx.py --tab-per-month district_h1.csv district_h1_by_month.xlsx
(openpyxl: Debian's python3-openpyxl, which tools/install_deps.sh installs.)"""
import csv
import datetime
import sys

import openpyxl


def typed(column, text, duration_as_time=False):
    if column == "duration" and duration_as_time and text.isdigit():
        return datetime.timedelta(minutes=int(text))
    if column == "date" and len(text) == 10 and text[4] == "-":
        return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    if column == "task_completion":
        return number / 100
    return int(number) if number.is_integer() and "." not in text and "," not in text else number


def formatted(sheet, header, first_row):
    """Shows the typed cells of sheet's rows from first_row on as an office would."""
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            column = header[cell.column - 1]
            if column == "date" and isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
            elif column == "task_completion" and isinstance(cell.value, float):
                cell.number_format = "0.00%"
            elif column == "duration" and isinstance(cell.value, datetime.timedelta):
                cell.number_format = "[h]:mm"


def main(*args):
    flags = set()
    while args and args[0].startswith("--"):
        flags.add(args[0])
        args = args[1:]
    duration_as_time = "--duration-as-time" in flags
    source, target, *title = args
    text = open(source, encoding="utf-8-sig").read()
    rows = list(csv.reader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ","))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Trang 1"
    if "--guide-first" in flags:
        sheet.title = "Hướng dẫn"
        sheet.append(["Cột", "Điền gì"])
        for column in rows[0]:
            sheet.append([column, "(xem trang Bản ghi)"])
        sheet = book.create_sheet("Bản ghi")
    if "--tab-per-month" in flags:
        header = rows[0]
        months = {}
        for row in rows[1:]:
            months.setdefault(int(row[header.index("date")][5:7]), []).append(row)
        sheet.title = "Điểm"
        sheet.append(["Mã chi bộ", "Ngày sinh hoạt", "Điểm", "Xếp loại"])
        sheet.append([rows[1][0], "07/01/2024", 95, "Tốt"])
        for month in sorted(months):
            sheet = book.create_sheet(f"Tháng {month}")
            if month == 1:
                sheet.sheet_state = "hidden"
            sheet.append(header)
            for row in months[month]:
                sheet.append([typed(c, v) for c, v in zip(header, row)])
            formatted(sheet, header, 2)
        summary = book.create_sheet("Tổng hợp")
        summary.append(["STT", "Mã chi bộ", "Điểm"])
        summary.append([1, rows[1][0], 95])
        notes = book.create_sheet("Ghi chép")
        notes.append(["Mã chi bộ", "Ngày", "Nội dung"])
        notes.append([rows[1][0], "07/01/2024", "họp chi ủy"])
        book.save(target)
        return
    for line in title:  # a title above the table, then a blank row
        sheet.append([line])
    if title:
        sheet.append([])
    header = rows[0]
    sheet.append(header)
    for row in rows[1:]:
        sheet.append([typed(column, value, duration_as_time) for column, value in zip(header, row)])
    formatted(sheet, header, len(title) + (1 if title else 0) + 2)
    book.save(target)


main(*sys.argv[1:])
