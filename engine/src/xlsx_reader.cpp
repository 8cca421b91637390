#include "xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <new>
#include <utility>

#include <fmt/format.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "header_row.h"
#include "utf8.h"
#include "workbook_sheets.h"
#include "xlsx_archive.h"
#include "xlsx_number.h"
#include "xlsx_parts.h"
#include "xlsx_sheet.h"
#include "xml_reader.h"

namespace chibo {
namespace {

// Which of the first kHeaderSearchRows of rows names one of names; nullopt when none does.
std::optional<std::size_t> key_row(const std::vector<XlsxRow>& rows,
                                   const std::vector<std::string>& names) {
  for (std::size_t r = 0; r < rows.size() && r < kHeaderSearchRows; ++r) {
    if (names_key_column_in(rows[r].cells, names)) return r;
  }
  return std::nullopt;
}

// What a sheet's first kHeaderSearchRows rows hold: no row naming the key
// column; one naming it alone in a row of two cells at most (a guide listing
// the columns down its first column: "cell_id | Mã chi bộ, như trong danh
// sách đơn vị"); one naming it and another of the table's columns, or in a
// row of more cells one beginning as another's name does, a table's header
// ("Ngày" for "Ngày sinh hoạt": read, and its rows' faults said, not another
// sheet's rows taken in its place; a summary's "STT | Mã chi bộ | Điểm" is not),
// with no row under it (a template's sheet not filled in) or with rows.
// In the order a later sheet is preferred by.
enum class Holds { Nothing, Key, EmptyTable, Table };

// How many tabs after the first are looked at for the table, at most.
constexpr std::size_t kMostLaterSheets = 100;

// Whether one of cells begins with the first word of one of names (folded).
bool begins_as_one_of(const std::vector<std::string>& cells,
                      const std::vector<std::string>& names) {
  for (const std::string& cell : cells) {
    const std::string folded = fold_case(cell);
    for (const std::string& name : names) {
      const std::string_view word = std::string_view(name).substr(0, name.find(' '));
      if (!word.empty() && std::string_view(folded).substr(0, word.size()) == word) return true;
    }
  }
  return false;
}

// How many of cells hold something.
std::size_t written_cells(const std::vector<std::string>& cells) {
  return static_cast<std::size_t>(
      std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); }));
}

Holds holds(const std::vector<XlsxRow>& rows, const std::vector<std::string>& key,
            const std::vector<std::string>& others) {
  Holds found = Holds::Nothing;
  for (std::size_t r = 0; r < rows.size() && r < kHeaderSearchRows; ++r) {
    const std::vector<std::string>& cells = rows[r].cells;
    if (!names_key_column_in(cells, key)) continue;
    if (others.empty() || names_key_column_in(cells, others) ||
        (written_cells(cells) > 2 && begins_as_one_of(cells, others))) {
      return r + 1 < rows.size() ? Holds::Table : Holds::EmptyTable;
    }
    found = Holds::Key;
  }
  return found;
}

// How many cells rows' header holds, the first of their first
// kHeaderSearchRows naming key (the one the records are read by); 0 when none does.
std::size_t header_width(const std::vector<XlsxRow>& rows, const std::vector<std::string>& key) {
  const std::optional<std::size_t> at = key_row(rows, key);
  return at ? written_cells(rows[*at].cells) : 0;
}

// The cells rows' header holds (header_width's), read as names_key_column
// reads a name: a narrow tab's are looked for among the widest's.
std::vector<std::string> header_names(const std::vector<XlsxRow>& rows,
                                      const std::vector<std::string>& key) {
  std::vector<std::string> names;
  const std::optional<std::size_t> at = key_row(rows, key);
  if (!at) return names;
  for (const std::string& cell : rows[*at].cells) {
    const std::string_view name = trim_invisible(cell);
    if (!name.empty()) names.push_back(fold_case(one_space_between_words(to_nfc(name))));
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::size_t header_row(const std::vector<XlsxRow>& rows, const std::vector<std::string>& names) {
  return key_row(rows, names).value_or(0);
}

void xlsx_record(const XlsxRow& row, std::size_t width, CsvRecord& out) {
  out.line = row.line;
  out.error.clear();
  out.fields.clear();
  for (const std::string& cell : row.cells) out.fields.add(cell);
  for (std::size_t c = row.cells.size(); c < width; ++c) out.fields.add("");
  const Limits& lim = limits();
  if (out.fields.size() > lim.max_fields) {
    out.error = fmt::format("có hơn {} ô (giới hạn max_fields)",
                            format_count(static_cast<std::int64_t>(lim.max_fields)));
  } else if (out.fields.text().size() > lim.max_record_bytes) {
    out.error = fmt::format("dài quá {} byte (giới hạn max_record_bytes)",
                            format_count(static_cast<std::int64_t>(lim.max_record_bytes)));
  }
}

std::optional<std::vector<XlsxRow>> read_xlsx_rows(std::string_view bytes, std::size_t max_bytes,
                                                   std::string& why) {
  std::optional<XlsxTable> table = read_xlsx_table(bytes, max_bytes, {}, {}, why);
  if (!table) return std::nullopt;
  return std::move(table->rows);
}

std::optional<XlsxTable> read_xlsx_table(std::string_view bytes, std::size_t max_bytes,
                                         const std::vector<std::string>& key,
                                         const std::vector<std::string>& others, std::string& why,
                                         SheetChoice choice) {
  XlsxArchive zip(bytes, why);
  if (!zip.ok()) return std::nullopt;
  std::optional<WorkbookSheets> book = read_workbook_sheets(zip, max_bytes, why);
  if (!book) return std::nullopt;
  SharedStrings strings;
  strings.max_bytes = max_bytes;
  Styles styles;
  if (!zip.parse("xl/sharedStrings.xml", max_bytes, false, strings, why) ||
      !zip.parse("xl/styles.xml", max_bytes, false, styles, why)) {
    return std::nullopt;
  }
  const WorkbookSheet* first = book->first();
  if (!first) {
    why = "sổ tính không có trang tính nào";
    return std::nullopt;
  }
  // A sheet's rows, unpacked and held within most; spent: the bytes it
  // took (unpacked, and held by its rows).
  // The first tab's formula never worked out, said (read_sheet): refuses all.
  std::string uncomputed;
  auto refused = [&]() {
    why = uncomputed;
    return !uncomputed.empty();
  };
  auto read_sheet = [&](const WorkbookSheet& s, std::size_t most, std::string& sheet_why,
                        std::size_t& spent) -> std::optional<std::vector<XlsxRow>> {
    WorksheetReader sheet;
    sheet.strings = &strings.strings;
    sheet.styles = &styles;
    sheet.date1904 = book->date1904;
    sheet.max_bytes = most;
    const std::size_t before = zip.unpacked();
    const bool ok = zip.parse(s.part, most, true, sheet, sheet_why);
    spent = zip.unpacked() - before + sheet.held;
    // Not a tab passed by for another (a guide's rows were read as records):
    // the workbook as a whole is to be saved again.
    if (sheet.uncomputed && uncomputed.empty()) {
      uncomputed = fmt::format("trang '{}': {}", s.name, sheet_why);
    }
    if (!ok) return std::nullopt;
    return std::move(sheet.rows);
  };
  std::size_t spent = 0;
  std::optional<std::vector<XlsxRow>> rows = read_sheet(*first, max_bytes, why, spent);
  if (!rows) return std::nullopt;
  XlsxTable table{std::move(*rows), first->name, std::nullopt, false, "", "", {}, {}, 0};
  const Holds in_first = key.empty() ? Holds::Table : holds(table.rows, key, others);
  // The later tabs are looked at within max_bytes in all, and kMostLaterSheets of them.
  std::size_t budget = max_bytes;
  std::size_t looked_at = 0;
  // Every tab holding the table read: each within max_bytes, all within
  // kLaterTablesShare times it (a tab a month, as large as one file could be).
  constexpr std::size_t kLaterTablesShare = 4;
  // Every tab holding the table, the one read (read) holding it: the other
  // tabs holding it (Holds::Table) are read too, in their order (a tab a
  // month; a hidden one too: a month done, hidden away), those looked at
  // before read excepted (they held no table). Of them all, one whose header
  // has fewer than half the cells of the widest, and names a column the
  // widest does not, is no table of records (a summary, "Mã chi bộ | Ngày
  // sinh hoạt | Điểm"; a list of units, "Mã chi bộ | Tên | Loại hình"), not
  // read, even the first; a narrow one whose columns are all the widest's is
  // the same table with columns left out (the required ones of a month, beside
  // a month of 43 with the self-scores: its 20 meetings were left unread);
  // a wide one whose header misnames a column is read, and its rows' faults
  // said. What is not read is said.
  auto read_later_tables = [&](const WorkbookSheet* read) {
    budget = max_bytes > SIZE_MAX / kLaterTablesShare ? SIZE_MAX : kLaterTablesShare * max_bytes;
    const std::size_t first_width = header_width(table.rows, key);
    std::vector<std::size_t> widths;  // each of table.more's
    const auto& tabs = book->worksheets;
    for (const WorkbookSheet& s : tabs) {
      // Shown tabs before read, or all of them when read is hidden: looked at, no table.
      if (&s == read || (!s.hidden && (&s < read || read->hidden))) continue;
      if (budget == 0 || looked_at >= kMostLaterSheets) {
        ++table.unlooked;
        continue;
      }
      ++looked_at;
      std::string passed;
      rows = read_sheet(s, std::min(budget, max_bytes), passed, spent);
      budget -= std::min(budget, spent);
      if (!rows) {
        table.left.push_back({s.name, XlsxLeftTab::Why::Unreadable, std::move(passed)});
      } else if (holds(*rows, key, others) == Holds::Table) {
        widths.push_back(header_width(*rows, key));
        table.more.push_back({s.name, std::move(*rows)});
      }
    }
    // The widest tab's header (the first's when as wide), and whether each
    // narrow tab is read all the same.
    const std::vector<XlsxRow>* widest_rows = &table.rows;
    std::size_t widest = first_width;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (widths[i] > widest) {
        widest = widths[i];
        widest_rows = &table.more[i].rows;
      }
    }
    const std::vector<std::string> widest_names = header_names(*widest_rows, key);
    auto alike = [&](const std::vector<XlsxRow>& tab, std::size_t width) {
      if (2 * width >= widest) return true;
      const std::vector<std::string> names = header_names(tab, key);
      return std::includes(widest_names.begin(), widest_names.end(), names.begin(), names.end());
    };
    const bool first_alike = alike(table.rows, first_width);
    std::vector<XlsxSheetRows> kept;
    for (std::size_t i = 0; i < table.more.size(); ++i) {
      if (alike(table.more[i].rows, widths[i])) {
        kept.push_back(std::move(table.more[i]));
      } else {
        table.left.push_back({table.more[i].sheet, XlsxLeftTab::Why::Unlike, ""});
      }
    }
    table.more = std::move(kept);
    if (!first_alike) {  // the first is the summary: the next read in its place
      table.left.push_back({std::move(table.sheet), XlsxLeftTab::Why::Unlike, ""});
      table.sheet = std::move(table.more.front().sheet);
      table.rows = std::move(table.more.front().rows);
      table.more.erase(table.more.begin());
    }
  };
  if (in_first == Holds::Table) {
    if (choice == SheetChoice::EveryTable) read_later_tables(first);
    if (refused()) return std::nullopt;
    return table;
  }
  table.first_empty = in_first == Holds::EmptyTable;
  // A guide or a cover sheet put before the table's, or a template's sheet
  // left empty: the first later tab (a worksheet, not hidden) holding a
  // table with rows is read; else one holding a table's header alone, when
  // the first holds none; else, when the first names no key column at all,
  // one naming it. A sheet that cannot be read is passed by, as only the first was read
  // before. Bounded as the first sheet is: the later ones are unpacked and
  // held within max_bytes in all, and kMostLaterSheets are looked at (a
  // workbook of a thousand tabs naming one part costs no more).
  std::optional<std::pair<const WorkbookSheet*, std::vector<XlsxRow>>> keyed;
  Holds best = in_first;
  // Looks at s; true when no more is to be looked at.
  auto look = [&](const WorkbookSheet& s) {
    if (budget == 0 || ++looked_at > kMostLaterSheets) return true;
    std::string passed;
    rows = read_sheet(s, budget, passed, spent);
    budget -= std::min(budget, spent);
    if (!rows) {
      // Every tab holding the table read: one that could not be, wherever
      // it is, may hold some (an error, sheet_fault); one: it is passed by.
      if (choice == SheetChoice::EveryTable) {
        table.left.push_back({s.name, XlsxLeftTab::Why::Unreadable, std::move(passed)});
      } else if (table.unread.empty()) {
        table.unread = fmt::format("trang '{}': {}", s.name, passed);
      }
      return false;
    }
    const Holds in_sheet = holds(*rows, key, others);
    if (s.hidden) {
      // Every tab holding the table read: a hidden one too (a month done,
      // hidden away), found after the shown ones. One: not the one filled
      // in, named when it holds the table, never read.
      if (in_sheet == Holds::Table && choice == SheetChoice::EveryTable) {
        best = in_sheet;
        keyed.emplace(&s, std::move(*rows));
      } else if (in_sheet == Holds::Table) {
        table.hidden = s.name;
      }
      return in_sheet == Holds::Table;
    }
    if (in_sheet > best) {
      best = in_sheet;
      keyed.emplace(&s, std::move(*rows));
    }
    return best == Holds::Table;
  };
  // The visible tabs first; the hidden ones only when none holds a table
  // with rows, with what is left of the budget.
  for (const WorkbookSheet& s : book->worksheets) {
    if (&s != first && !s.hidden && look(s)) break;
  }
  if (best != Holds::Table) {
    for (const WorkbookSheet& s : book->worksheets) {
      if (s.hidden && look(s)) break;
    }
  }
  if (keyed) {
    table.unread.clear();
    table.passed_over = std::move(table.sheet);
    table.sheet = keyed->first->name;
    table.rows = std::move(keyed->second);
    if (best == Holds::Table && choice == SheetChoice::EveryTable) {
      read_later_tables(keyed->first);
    }
  }
  if (refused()) return std::nullopt;
  return table;
}

}  // namespace chibo
