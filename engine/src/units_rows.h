// The rows of a units file as read, before they are checked: shared by the
// readers (units.cpp: CSV and YAML), the checks (units_validator.cpp) and the
// making of the units (units_maker.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/huge_pages.h"
#include "chibo/kept_texts.h"
#include "chibo/units.h"
#include "unit_words.h"

namespace chibo {

// Where a row or a field is: line and column only. load_units names the file
// in every message (a Location, with its string, in every field of 262,894
// rows cost a quarter of the national units' load time and 60 MB).
struct UnitPlace {
  int line = 0;
  int column = 0;
  Location location() const { return {std::string(), line, column}; }
};

struct UnitField {
  std::string_view text;  // trimmed, NFC; kept by the rows (UnitRows::keep)
  UnitPlace place;        // CSV: the row's line; YAML: the value (or the map if absent)
  bool absent = false;    // no such column (already reported) or no such key in the map
  bool invalid = false;   // unreadable (not UTF-8, not a single value), already reported
};

struct UnitRow {
  UnitPlace place;
  bool csv = true;
  bool broken = false;  // a reading problem, already reported: the row is left out
  std::array<UnitField, kUnitKeyCount> fields;

  const UnitField& operator[](UnitKey k) const { return fields[static_cast<std::size_t>(k)]; }
  UnitField& operator[](UnitKey k) { return fields[static_cast<std::size_t>(k)]; }
  // Where the row, or its field k, is (the file left empty).
  Location where() const { return place.location(); }
  Location where_of(UnitKey k) const { return (*this)[k].place.location(); }
};

// The rows of a file, and the texts their fields view. The rows are in a
// vector with room made for the most a file of its size can hold (room
// never filled is address space only: growing by doubling copied the
// national list's rows three times, and a deque of them took a heap piece
// for every two rows); the second half of a large file is read into a
// vector of its own on another thread and added whole (append). The texts
// are copied one after another into blocks the rows own (a CSV row's whole
// text at once): with a string a field, and a heap piece for every longer
// name, loading the national list took 1,417.8 million instructions.
class UnitRows {
 public:
  std::size_t size() const { return rows_.size() + more_.size(); }
  bool empty() const { return size() == 0; }
  const UnitRow& operator[](std::size_t i) const {
    return i < rows_.size() ? rows_[i] : more_[i - rows_.size()];
  }
  // Before any append().
  // Its room made ready ahead (national list: 14,000 page faults).
  void push_back(const UnitRow& row) { push_back_ready(rows_, row); }
  // Room for the rows of a CSV text of this many bytes, and for their texts,
  // when the system gives it (else they grow as they come), in blocks of
  // their own (HugeVector, KeptTexts: on 2 MB pages when asked for).
  void reserve_for(std::size_t bytes) {
    // A row takes more than 16 bytes (five commas and a line end, and an id,
    // a name, a level and a type of a byte or more each).
    constexpr std::size_t kLeastRowBytes = 16;
    try {
      rows_.reserve(bytes / kLeastRowBytes);
    } catch (const std::bad_alloc&) {
    } catch (const std::length_error&) {
    }
    // The texts kept are the rows' texts: at most the file's bytes.
    texts_.reserve(bytes);
  }
  // other's rows after these, kept where they are (their texts too).
  void append(UnitRows&& other) {
    if (more_.empty() && other.more_.empty()) {
      more_ = std::move(other.rows_);
    } else {
      for (std::size_t i = 0; i < other.size(); ++i) more_.push_back(other[i]);
    }
    adopted_.push_back(std::move(other.texts_));
    for (KeptTexts& texts : other.adopted_) adopted_.push_back(std::move(texts));
  }
  // A copy of text that lives as long as the rows.
  std::string_view keep(std::string_view text) { return texts_.keep(text); }
  // How a CSV or workbook's header names column k, as its messages say it
  // ("cột 'Cấp' để trống"): as written, else its id (unit_keys).
  const std::string& column_name(UnitKey k) const {
    const std::string& name = column_names_[static_cast<std::size_t>(k)];
    return name.empty() ? unit_keys()[static_cast<std::size_t>(k)] : name;
  }
  void name_columns(const std::array<std::string, kUnitKeyCount>& names) { column_names_ = names; }

 private:
  HugeVector<UnitRow> rows_;
  HugeVector<UnitRow> more_;  // appended: rows size() .. after rows_
  KeptTexts texts_;
  std::vector<KeptTexts> adopted_;  // append()'s texts
  std::array<std::string, kUnitKeyCount> column_names_;
};

// A list of this many rows or more has its units made in two halves, on
// two threads (make_units, units_maker.cpp).
inline constexpr std::size_t kUnitsMadeInHalves = std::size_t{1} << 16;

// Checks every row and how they hang together; the rows without problems
// become the units. Every problem goes to diags, in line order.
// halves_from: kUnitsMadeInHalves, but for tests.
Units check_units(const std::string& file, const UnitRows& rows, Diagnostics& diags,
                  std::size_t halves_from = kUnitsMadeInHalves);

// Without spaces, tabs and line breaks, and the no-break space Excel
// sometimes keeps, at either end.
std::string_view trim_field(std::string_view s);

// A YAML units list's rows, its units handed on one at a time by
// yaml_reader (the national list, 262,894 units, was more values than
// max_yaml_nodes as one tree). nullopt: not YAML at all (syntax, encoding),
// which counts as a file that cannot be read; rows nullopt: YAML, but no
// list of units (said).
struct YamlUnits {
  std::optional<UnitRows> rows;
};
std::optional<YamlUnits> read_yaml_rows(const std::string& text, const std::string& path,
                                        Diagnostics& diags);

}  // namespace chibo
