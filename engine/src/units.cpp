// Units: the model's small functions, the readers of a CSV or a workbook
// into rows (units_yaml.cpp: YAML), and load_units; units_validator.cpp
// checks the rows.
#include "chibo/units.h"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "csv_reader.h"
#include "csv_split.h"
#include "doc.h"
#include "header_row.h"
#include "units_header.h"
#include "units_rows.h"
#include "utf16.h"
#include "utf8.h"
#include "xlsx_reader.h"
#include "yaml_reader.h"

namespace chibo {

const char* unit_level_id(UnitLevel l) {
  switch (l) {
    case UnitLevel::BaseCommittee:
      return "dang_bo_co_so";
    case UnitLevel::BaseCell:
      return "chi_bo_co_so";
    case UnitLevel::Cell:
      return "chi_bo";
  }
  return "?";
}

const char* unit_type_id(UnitType t) {
  switch (t) {
    case UnitType::Residential:
      return "residential";
    case UnitType::Agency:
      return "agency";
    case UnitType::Service:
      return "service";
    case UnitType::School:
      return "school";
    case UnitType::Enterprise:
      return "enterprise";
    case UnitType::ArmedForces:
      return "armed_forces";
  }
  return "?";
}

const char* unit_type_label(UnitType t) {
  switch (t) {
    case UnitType::Residential:
      return "Khu dân cư";
    case UnitType::Agency:
      return "Cơ quan hành chính";
    case UnitType::Service:
      return "Đơn vị sự nghiệp";
    case UnitType::School:
      return "Trường học";
    case UnitType::Enterprise:
      return "Doanh nghiệp";
    case UnitType::ArmedForces:
      return "Lực lượng vũ trang";
  }
  return "?";
}

std::optional<int> Units::left_out_line(std::string_view id) const {
  auto it = std::lower_bound(left_out.begin(), left_out.end(), id,
                             [](const auto& row, std::string_view key) { return row.first < key; });
  if (it == left_out.end() || it->first != id) return std::nullopt;
  return it->second;
}

std::vector<std::pair<std::string, int>> Units::units_left_out() const {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& row : left_out) {  // sorted by id, then line: an id's first line first
    if (!out.empty() && out.back().first == row.first) continue;
    if (!find(row.first)) out.push_back(row);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  return out;
}

const Unit* Units::base_of(const Unit& cell) const {
  return find(cell.level == UnitLevel::BaseCommittee ? cell.id : cell.parent);
}

std::vector<const Unit*> Units::cells() const {
  std::vector<const Unit*> out;
  for (const Unit& u : units) {
    if (u.holds_meetings()) out.push_back(&u);
  }
  return out;
}

std::string_view trim_field(std::string_view s) {
  // Nearly every field starts and ends with a visible ASCII byte: as it is.
  auto visible = [](char c) { return static_cast<unsigned char>(c) > ' ' && (c & 0x80) == 0; };
  if (!s.empty() && visible(s.front()) && visible(s.back())) return s;
  return trim_invisible(s, true);  // line breaks too (a quoted cell's)
}

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// One row after the header (a CSV record, or a workbook's row made one:
// what is wrong with it is then a row's, not a CSV line's).
void add_row(const CsvRecord& record, const UnitColumns& columns, UnitRows& rows,
             Diagnostics& diags, bool csv = true) {
  // A row of separators alone (";;;;;"): no unit, as an empty line is none.
  if (record.error.empty() && record.fields.blank()) return;
  const std::vector<int>& column_key = columns.key;
  const std::vector<bool>& have = columns.have;
  {
    UnitRow row;
    row.place.line = record.line;  // the file is named by load_units
    for (std::size_t k = 0; k < kUnitKeyCount; ++k) {
      row.fields[k].place.line = record.line;
      row.fields[k].absent = !have[k];
    }
    if (!record.error.empty()) {
      diags.error(row.where(),
                  fmt::format("{}: {}", csv ? "dòng CSV hỏng" : "dòng hỏng", record.error));
      row.broken = true;
      // Its id, when read whole before the fault (a quote left open in its
      // name; the fault lies in the last cell read): the unit is left out
      // for it, and its records are told so, not that it is missing from the
      // list (to be added a second time).
      const auto id = static_cast<std::size_t>(UnitKey::Id);
      for (std::size_t c = 0; c + 1 < record.fields.size() && c < column_key.size(); ++c) {
        if (column_key[c] != static_cast<int>(id)) continue;
        const std::string_view raw = trim_field(record.fields[c]);
        if (!find_invalid_utf8(raw)) row.fields[id].text = rows.keep(to_nfc(raw));
      }
    }
    // The row's text is kept once, its fields viewed in the copy: one
    // allocation a row, not one a field.
    const std::string_view kept = row.broken ? std::string_view() : rows.keep(record.fields.text());
    auto in_kept = [&](std::string_view part) {
      return kept.substr(static_cast<std::size_t>(part.data() - record.fields.text().data()),
                         part.size());
    };
    for (std::size_t c = 0; c < record.fields.size() && !row.broken; ++c) {
      int key = c < column_key.size() ? column_key[c] : kUnitColumnUnnamed;
      if (key == kUnitColumnIgnored) continue;
      const std::string_view raw = record.fields[c];
      // Only for a message: made when one is written.
      auto named = [&] {
        return key >= 0 ? fmt::format("cột '{}'", columns.names[static_cast<std::size_t>(key)])
                        : fmt::format("cột thứ {}", c + 1);
      };
      if (plainly_nfc(raw) && key >= 0) {
        // ASCII and Vietnamese letters (nearly every value): valid UTF-8 and
        // already NFC, so only trimmed.
        row.fields[static_cast<std::size_t>(key)].text = in_kept(trim_field(raw));
      } else if (find_invalid_utf8(raw)) {
        diags.error(row.where(),
                    fmt::format("{} không phải văn bản UTF-8; {}", named(), kSaveAsCsvUtf8));
        if (key >= 0) row.fields[static_cast<std::size_t>(key)].invalid = true;
        row.broken = key < 0;
      } else if (key >= 0) {
        row.fields[static_cast<std::size_t>(key)].text = rows.keep(to_nfc(trim_field(raw)));
      } else if (!trim_field(raw).empty()) {
        diags.error(row.where(),
                    fmt::format("{} có giá trị ('{}') nhưng không có tên trong dòng tiêu đề",
                                named(), to_nfc(trim_field(raw))));
        row.broken = true;
      }
    }
    // A sheet's totals row ("Tổng cộng", "Cộng", or no id, name, level
    // nor type beside a sum): no unit, said, as an empty row is none.
    auto text = [&](UnitKey k) { return row[k].absent || row[k].invalid ? "?" : row[k].text; };
    if (!row.broken && is_totals_row(text(UnitKey::Id), text(UnitKey::Name), text(UnitKey::Level),
                                     text(UnitKey::Type), text(UnitKey::Parent))) {
      diags.warning(row.where(),
                    "dòng tổng cộng (không có cấp, loại hình: không phải một đơn "
                    "vị), không đọc");
      return;
    }
    rows.push_back(row);
  }
}

// The rows after the header, to the end of reader's input or the first row
// that starts after last_line (left to another reader).
void read_body(CsvReader& reader, const UnitColumns& columns, int last_line, UnitRows& rows,
               Diagnostics& diags) {
  CsvRecord record;
  while (reader.next(record) && record.line <= last_line) add_row(record, columns, rows, diags);
}

// A workbook's table (read_xlsx_table: its first sheet, or a later one), each
// row as a CSV record at its row's number. nullopt: no row can be read (already reported).
std::optional<UnitRows> read_xlsx_units(const std::string& book, const std::string& file,
                                        Diagnostics& diags) {
  std::optional<XlsxTable> table =
      read_workbook(book, file, unit_key_column(), unit_other_columns(), diags);
  if (!table) return std::nullopt;
  if (std::string note = sheet_note(*table, "đơn vị", kUnitKeyColumnSaid); !note.empty()) {
    diags.warning({file, 0, 0}, std::move(note));
  }
  const std::vector<XlsxRow>& sheet = table->rows;
  UnitRows rows;
  if (sheet.empty()) return rows;
  const std::size_t at = header_row(sheet, unit_key_column());
  if (at > 0) {
    diags.warning({file, sheet[at].line, 0}, rows_above_header(sheet[at].line, at, "đơn vị"));
  }
  CsvRecord header, record;
  xlsx_record(sheet[at], 0, header);
  UnitColumns columns;
  if (!read_unit_header(header, file, columns, diags)) return std::nullopt;
  rows.name_columns(columns.names);
  for (std::size_t r = at + 1; r < sheet.size(); ++r) {
    xlsx_record(sheet[r], header.fields.size(), record);
    add_row(record, columns, rows, diags, false);
  }
  return rows;
}

// nullopt: no row can be read (already reported). bytes: the file's size
// (0 when unknown), for the rows' room and whether to read it in two halves.
std::optional<UnitRows> read_csv_rows(std::istream& in, const std::string& file, std::size_t bytes,
                                      Diagnostics& diags) {
  // Reading the national list's rows was half of load_units: a large file is
  // read in two halves, on two threads.
  constexpr std::size_t kWorthSplitting = std::size_t{1} << 20;
  std::optional<CsvSplit> split =
      bytes >= kWorthSplitting ? find_csv_split(in, bytes) : std::nullopt;
  std::ifstream second;
  if (split) {
    second.open(file, std::ios::binary);
    if (second) second.seekg(split->at);
    if (!second) split.reset();
  }
  UnitRows rows;
  rows.reserve_for(split ? static_cast<std::size_t>(split->at) : bytes);
  CsvReader reader(in);
  std::vector<CsvRecord> ahead;
  const std::size_t at = read_to_header(reader, unit_key_column(), ahead);
  if (ahead.empty()) return rows;
  if (at > 0) {
    diags.warning({file, ahead[at].line, 0},
                  rows_above_header(ahead[at].line, rows_with_text(ahead, at), "đơn vị"));
  }
  UnitColumns columns;
  if (!read_unit_header(ahead[at], file, columns, diags)) return std::nullopt;
  rows.name_columns(columns.names);
  // The second half's rows start at the split: those read while looking
  // for the header (none named the id, the first was taken) are the first's
  // (a split past them, when a title's rows reach the file's middle, is none).
  if (split && ahead.back().line >= split->line) split.reset();
  for (std::size_t r = at + 1; r < ahead.size(); ++r) add_row(ahead[r], columns, rows, diags);
  if (!split) {
    read_body(reader, columns, INT_MAX, rows, diags);
    return rows;
  }
  UnitRows second_rows;
  Diagnostics second_diags;
  const char separator = reader.separator();  // found in the header
  auto second_half = std::async(std::launch::async, [&] {
    second_rows.reserve_for(bytes - static_cast<std::size_t>(split->at));
    CsvReader rest(second, separator, std::size_t{1} << 16, split->line);
    read_body(rest, columns, INT_MAX, second_rows, second_diags);
  });
  read_body(reader, columns, split->line - 1, rows, diags);
  second_half.get();
  rows.append(std::move(second_rows));
  diags.append(second_diags);
  return rows;
}

}  // namespace

namespace {

std::optional<Units> read_units(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {  // opens, and reads as empty
    diags.error({path, 0, 0}, "đây là một thư mục, không phải tệp danh sách đơn vị");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "không mở được tệp (tệp có tồn tại, và có quyền đọc không?)");
    return std::nullopt;
  }
  // The list is held whole, so it is bound by max_file_bytes: a regular
  // file by its size, anything else (a pipe, a device that never ends) read
  // to at most that many bytes first.
  const std::size_t limit = limits().max_file_bytes;
  auto too_large = [&] {
    file_too_large(path, diags, Language::Vietnamese);
    return std::nullopt;
  };
  std::error_code no_size;
  const std::uintmax_t bytes = std::filesystem::file_size(path, no_size);
  if (!no_size && bytes > limit) return too_large();
  std::optional<UnitRows> rows;
  std::string lower = lower_ascii(path);
  // A workbook by its name, or by its first bytes (a copy renamed .csv).
  const FileStart start = no_size ? FileStart::Other : file_start(in);
  if (start == FileStart::Xls) {
    diags.error({path, 0, 0}, kXlsRefused);
    return std::nullopt;
  }
  if (ends_with(lower, ".xlsx") || start == FileStart::Zip) {
    std::string book;
    if (!in || !read_at_most(in, limit, book)) return too_large();
    if (book.empty()) {
      rows.emplace();  // no unit, as an empty CSV has none (not "thiếu phần 'xl/workbook.xml'")
    } else if (file_start_of(book) != FileStart::Zip && looks_like_text(book)) {
      // A CSV named .xlsx, read as the CSV it is (as Excel opens it), said.
      diags.warning({path, 0, 0}, kTextNamedXlsx);
      std::istringstream whole(std::move(book));
      rows = read_csv_rows(whole, path, 0, diags);
    } else {
      rows = read_xlsx_units(book, path, diags);
    }
  } else if (ends_with(lower, ".yaml") || ends_with(lower, ".yml")) {
    std::string text;
    if (!read_at_most(in, limit, text)) return too_large();
    std::optional<YamlUnits> yaml = read_yaml_rows(text, path, diags);
    if (!yaml) return std::nullopt;
    rows = std::move(yaml->rows);
  } else if (no_size) {
    std::string text;
    if (!read_at_most(in, limit, text)) return too_large();
    std::istringstream whole(text);
    rows = read_csv_rows(whole, path, 0, diags);
  } else {
    rows = read_csv_rows(in, path, static_cast<std::size_t>(bytes), diags);
  }
  if (!rows) {
    Units none;
    none.file = path;
    return none;
  }
  return check_units(path, *rows, diags);
}

}  // namespace

// The readers and the checks find problems in different passes; they are
// reported in the order of the file's lines, each naming the file (rows and
// fields leave it out).
std::optional<Units> load_units(const std::string& path, Diagnostics& diags) {
  Diagnostics found;
  std::optional<Units> units = read_units(path, found);
  std::vector<Diagnostic> items = found.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.where.line < b.where.line;
  });
  for (Diagnostic& d : items) {
    if (d.where.file.empty()) d.where.file = path;
    if (d.severity == Severity::Error) {
      diags.error(std::move(d.where), std::move(d.message));
    } else {
      diags.warning(std::move(d.where), std::move(d.message));
    }
  }
  return units;
}

}  // namespace chibo
