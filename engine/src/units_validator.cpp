// Checks the rows of a units file: each row's values, then how the rows hang
// together (ids, parents, cycles). Rows with a problem are left out of the
// units, and so are the cells under a base committee that was left out
// (units_maker.cpp makes the units).
#include <algorithm>
#include <future>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/huge_pages.h"
#include "member_count.h"
#include "units_maker.h"
#include "units_rows.h"
#include "utf8.h"

namespace chibo {
namespace {

// After a cell's member count that is warned of: nothing reads it.
constexpr const char* kCountUnused = " (bỏ qua: số đảng viên không dùng để chấm điểm, xếp hạng)";
constexpr const char* kNeedsParent = ": chi bộ trực thuộc cần ghi id của đảng bộ cơ sở quản lý nó";

// A level as prose says it, for a clerk whose list may write it either way
// ("Chi bộ", "chi_bo"): the column's values are listed by id only where the
// message says what to type.
const char* level_prose(UnitLevel l) {
  switch (l) {
    case UnitLevel::BaseCommittee:
      return "đảng bộ cơ sở";
    case UnitLevel::BaseCell:
      return "chi bộ cơ sở";
    case UnitLevel::Cell:
      return "chi bộ trực thuộc";
  }
  return "?";
}

std::string list_of(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

class Checker {
 public:
  Checker(const UnitRows& rows, Diagnostics& diags) : rows_(rows), diags_(diags) {}

  HugeVector<CheckedRow> run() {
    out_.assign(rows_.size(), CheckedRow{});
    first_with_id_.assign(rows_.size(), kNoRow);
    first_.build(
        rows_.size(), [this](std::size_t r) { return id_of(r); },
        [this](std::size_t r, std::size_t first) { first_with_id_[r] = first; });
    // Each parent looked up once: the checks below and the cycle search
    // would otherwise look every id up again (a cache miss each at national
    // scale). A list's cells follow their base committee: the last parent's
    // row is taken again without a look-up.
    named_.assign(rows_.size(), kNoRow);
    std::string_view last_parent;
    std::size_t last_named = kNoRow;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const std::string_view parent = rows_[r][UnitKey::Parent].text;
      if (parent.empty()) continue;
      if (parent != last_parent) {
        last_parent = parent;
        last_named = first_row(parent).value_or(kNoRow);
      }
      named_[r] = last_named;
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (rows_[r].broken) {
        out_[r].ok = false;
        out_[r].said = true;  // by the reader, at its line
      } else {
        check_row(r);
      }
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) check_parent(r);
    find_cycles();
    find_case_twins();
    return std::move(out_);
  }

  // [r]: the first row whose id row r's parent names; kNoRow when none does.
  const HugeVector<std::size_t>& named_parents() const { return named_; }
  // The rows' ids by position (after run(); the checker no longer uses it).
  IdIndex take_index() { return std::move(first_); }

 private:
  std::string_view id_of(std::size_t r) const { return rows_[r][UnitKey::Id].text; }
  // The first row with this id (there is one for every id of a row).
  std::optional<std::size_t> first_row(std::string_view id) const {
    return first_.find(id, rows_.size(), [this](std::size_t r) { return id_of(r); });
  }

  std::string label(const UnitRow& row, UnitKey k) const { return unit_label(rows_, row, k); }

  void fail(std::size_t r, const Location& where, std::string message) {
    diags_.error(where, std::move(message));
    out_[r].ok = false;
    out_[r].said = true;
  }

  // The field's text, or nullptr (reported, why appended) when it is empty.
  const std::string_view* needed(std::size_t r, UnitKey k, const char* why = "") {
    const UnitRow& row = rows_[r];
    const UnitField& f = row[k];
    if (!f.text.empty()) return &f.text;
    if (f.invalid) {
      out_[r].ok = false;
      out_[r].said = true;  // by the reader, at its line
      return nullptr;
    }
    const std::string& key =
        row.csv ? rows_.column_name(k) : unit_keys()[static_cast<std::size_t>(k)];
    if (row.csv && f.absent) {
      // Missing columns are reported once: the required ones by the header,
      // the others at the first row that needs them.
      out_[r].ok = false;
      if (k == UnitKey::Parent) {
        if (absent_reported_.insert(key).second) {
          diags_.error(row.where(), fmt::format("thiếu cột '{}'{}", key, why));
        }
      }
      return nullptr;
    }
    std::string what = row.csv    ? fmt::format("cột '{}' để trống", key)
                       : f.absent ? fmt::format("đơn vị thiếu khóa '{}'", key)
                                  : fmt::format("'{}' để trống", key);
    fail(r, row.where_of(k), what + why);
    return nullptr;
  }

  // A cell's count left empty, or its column missing (said once for the
  // file), is warned of and the cell kept, its count unknown (0): nothing
  // scores, ranks or reports by it. One the reader refused is said already.
  void no_count(std::size_t r) {
    const UnitRow& row = rows_[r];
    const UnitField& f = row[UnitKey::Members];
    if (f.invalid) {
      out_[r].ok = false;
      out_[r].said = true;  // by the reader, at its line
      return;
    }
    if (row.csv && f.absent) {
      const std::string& key = rows_.column_name(UnitKey::Members);
      if (absent_reported_.insert(key).second) {
        diags_.warning(row.where(), fmt::format("thiếu cột '{}'{}", key, kCountUnused));
      }
      return;
    }
    const std::string what =
        f.absent ? fmt::format("đơn vị thiếu khóa '{}'",
                               unit_keys()[static_cast<std::size_t>(UnitKey::Members)])
                 : fmt::format("{} để trống", label(row, UnitKey::Members));
    diags_.warning(row.where_of(UnitKey::Members), what + kCountUnused);
  }

  // By its id, or by its Vietnamese words (UnitWords::find).
  template <class Enum>
  std::optional<Enum> one_of(std::size_t r, UnitKey k, const UnitWords& words) {
    const std::string_view* text = needed(r, k);
    if (!text) return std::nullopt;
    if (std::optional<std::size_t> i = words.find(*text)) return static_cast<Enum>(*i);
    fail(r, rows_[r].where_of(k),
         fmt::format("{} phải là một trong {} (hoặc {}), không phải '{}'{}", label(rows_[r], k),
                     list_of(words.ids), list_of(words.shown), *text, words.suggestion(*text)));
    return std::nullopt;
  }

  void check_row(std::size_t r) {
    const UnitRow& row = rows_[r];
    CheckedRow& c = out_[r];
    if (const std::string_view* id = needed(r, UnitKey::Id); id && first_with_id_[r] != r) {
      fail(r, row.where_of(UnitKey::Id),
           fmt::format("id '{}' trùng với dòng {}", *id, rows_[first_with_id_[r]].place.line));
    }
    needed(r, UnitKey::Name);
    // A tab or line break (a quoted CSV field, a YAML string): an id no
    // record can name (a record's is refused for it), a name that broke the
    // ranking's table rows in two.
    for (UnitKey k : {UnitKey::Id, UnitKey::Name}) {
      const std::string_view text = row[k].text;
      if (const std::size_t at = find_control(text); at != std::string_view::npos) {
        fail(r, row.where_of(k),
             fmt::format("{} có ký tự điều khiển (byte thứ {})", label(row, k), at + 1));
      }
    }
    c.level = one_of<UnitLevel>(r, UnitKey::Level, level_words());
    c.type = one_of<UnitType>(r, UnitKey::Type, type_words());

    const UnitField& members = row[UnitKey::Members];
    if (c.level && *c.level != UnitLevel::BaseCommittee) {
      if (members.text.empty()) {
        no_count(r);
      } else {
        const std::string_view text = members.text;
        auto n = member_count(text);
        if (n && *n >= 1) {
          c.members = *n;
        } else {
          // Used by nothing either (scores, ranks and reports read no
          // count): warned of, the cell kept with its count unknown (0, as
          // a base committee's), where it was left out of the ranking, its
          // records refused, for a count typed '22 đv'.
          diags_.warning(
              row.where_of(UnitKey::Members),
              fmt::format(
                  "{} phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), không phải '{}'{}{}",
                  label(row, UnitKey::Members), text, member_count_mend(text), kCountUnused));
        }
      }
    } else if (!members.text.empty()) {
      // Optional for a base committee, and used by nothing: a count that
      // does not read is warned of, not a reason to leave the committee,
      // and with it every cell under it, out of the ranking.
      if (auto n = member_count(members.text)) {
        c.members = *n;
      } else {
        diags_.warning(
            row.where_of(UnitKey::Members),
            fmt::format("{} không đọc được ('{}'), bỏ qua: số đảng viên của đảng bộ cơ sở không "
                        "bắt buộc; nếu ghi, hãy ghi một số nguyên (1250 hoặc 1.250){}",
                        label(row, UnitKey::Members), members.text,
                        member_count_mend(members.text)));
      }
    }

    const UnitField& parent = row[UnitKey::Parent];
    if (c.level == UnitLevel::Cell) {
      needed(r, UnitKey::Parent, kNeedsParent);
    } else if (c.level && !parent.text.empty() && parent.text != row[UnitKey::Id].text) {
      fail(r, row.where_of(UnitKey::Parent),
           fmt::format("{} của một {} phải để trống hoặc là id của chính nó, không phải '{}'",
                       label(row, UnitKey::Parent), level_prose(*c.level), parent.text));
    }
  }

  // A chi_bo's parent: a unit of the file, and a base committee.
  void check_parent(std::size_t r) {
    const UnitRow& row = rows_[r];
    const std::string_view parent = row[UnitKey::Parent].text;
    if (row.broken || out_[r].level != UnitLevel::Cell || parent.empty()) return;
    // Named only for a message: formatting it for every row cost a fifth of the checks.
    auto field = [&] { return label(row, UnitKey::Parent); };
    const Location where = row.where_of(UnitKey::Parent);
    if (parent == row[UnitKey::Id].text) {
      fail(r, where,
           fmt::format("{}: một chi bộ trực thuộc không thể là đơn vị cấp trên của chính nó",
                       field()));
    } else if (named_[r] == kNoRow) {
      const std::size_t named = row_named(parent);
      fail(r, where,
           named == kNoRow
               ? fmt::format("{}: không có đơn vị nào có id '{}'{}", field(), parent,
                             parent_hint(parent))
               : fmt::format("{}: không có đơn vị nào có id '{}'; đó là tên của đơn vị '{}' (dòng "
                             "{}): hãy ghi id '{}'",
                             field(), parent, id_of(named), rows_[named].place.line, id_of(named)));
    } else if (auto level = out_[named_[r]].level; !level) {
      out_[r].ok = false;  // the parent's own row says what is wrong
    } else if (*level != UnitLevel::BaseCommittee) {
      // A cell put under a fellow cell: its base committee is most likely
      // that cell's own.
      std::string hint;
      const std::size_t up = named_[named_[r]];
      if (*level == UnitLevel::Cell && up != kNoRow && out_[up].level == UnitLevel::BaseCommittee) {
        hint = fmt::format("; có phải là '{}' (đảng bộ cơ sở của '{}')?", id_of(up), parent);
      }
      fail(r, where,
           fmt::format("{}: '{}' là {}, nhưng đơn vị cấp trên của chi bộ trực thuộc phải là "
                       "đảng bộ cơ sở{}",
                       field(), parent, level_prose(*level), hint));
    }
  }

  // The first row with an id whose name is text, in any capitals (a parent
  // written by its name, as people call it): kNoRow when none is. The names
  // are indexed on the first such problem only.
  std::size_t row_named(std::string_view text) {
    if (names_.empty()) {
      for (std::size_t r = 0; r < rows_.size(); ++r) {
        const std::string_view name = rows_[r][UnitKey::Name].text;
        if (!name.empty() && !id_of(r).empty()) names_.emplace(fold_case(name), r);
      }
    }
    auto it = names_.find(fold_case(text));
    return it == names_.end() ? kNoRow : it->second;
  }

  // Parent chains that come back to where they started, once per cycle,
  // written from the unit that comes first in the file.
  void find_cycles() {
    enum { New, OnPath, Done };
    HugeVector<int> state(rows_.size(), static_cast<int>(New));
    std::vector<std::size_t> path;  // one for every start: no allocation a row
    for (std::size_t start = 0; start < rows_.size(); ++start) {
      path.clear();
      std::size_t r = start;
      while (state[r] == New) {
        state[r] = OnPath;
        path.push_back(r);
        auto next = parent_row(r);
        if (!next) break;
        r = *next;
      }
      if (state[r] == OnPath && parent_row(r)) {
        auto begin = std::find(path.begin(), path.end(), r);
        std::vector<std::size_t> cycle(begin, path.end());
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        std::string chain;
        for (std::size_t u : cycle) {
          chain += rows_[u][UnitKey::Id].text;
          chain += " -> ";
        }
        chain += rows_[cycle.front()][UnitKey::Id].text;
        diags_.error(rows_[cycle.front()].where(), "các đơn vị tạo thành vòng lặp: " + chain);
        for (std::size_t u : cycle) out_[u].ok = false;
      }
      for (std::size_t u : path) state[u] = Done;
    }
  }

  // Ids that differ only in the case of ASCII letters (CP-TT-01, cp-tt-01)
  // are two units; a record matches one exactly, and the other, with no
  // meetings, ranks last. Said as a warning at the second. Only looked for
  // when some id has a lower-case letter (none in the national list: no cost).
  void find_case_twins() {
    auto has_lower = [](std::string_view id) {
      return std::any_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    bool any = false;
    for (std::size_t r = 0; r < rows_.size() && !any; ++r) any = has_lower(id_of(r));
    if (!any) return;
    std::unordered_map<std::string, std::size_t> first;  // the id in upper case -> its row
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const std::string_view id = id_of(r);
      if (id.empty() || first_with_id_[r] != r) continue;
      std::string upper(id);
      for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      auto [at, fresh] = first.emplace(std::move(upper), r);
      if (fresh) continue;
      diags_.warning(rows_[r].where_of(UnitKey::Id),
                     fmt::format("id '{}' chỉ khác id '{}' (dòng {}) ở chữ hoa, chữ thường: đó "
                                 "là hai đơn vị; nếu là một, hãy xóa dòng thừa",
                                 id, id_of(at->second), rows_[at->second].place.line));
    }
  }

  // The row a row's parent names, if another unit of the file (first use of an id).
  std::optional<std::size_t> parent_row(std::size_t r) const {
    // first_with_id_[r] != r: no id, or an id used before (not indexed as this row)
    if (named_[r] == kNoRow || named_[r] == r || first_with_id_[r] != r) {
      return std::nullopt;
    }
    return named_[r];
  }

  // "; có phải là 'x'?" for a chi_bo's parent no unit has: the nearest id
  // of a base committee, the only level a parent may be, each id once, in
  // file order. Asked once for each such parent (a committee's id misspelt
  // in all its cells' rows): against the nation's 18,160 committees, not
  // its 281,054 units, each asked, 2,179 misspelt parents took 2 minutes.
  const std::string& parent_hint(std::string_view parent) {
    if (!committee_ids_made_) {
      committee_ids_made_ = true;  // none, in a list of cells alone: made once all the same
      for (std::size_t r = 0; r < rows_.size(); ++r) {
        if (first_with_id_[r] == r && out_[r].level == UnitLevel::BaseCommittee) {
          committee_ids_.emplace_back(rows_[r][UnitKey::Id].text);
        }
      }
    }
    auto [it, made] = parent_hints_.try_emplace(std::string(parent));
    if (made) it->second = co_phai_la(parent, committee_ids_);
    return it->second;
  }

  const UnitRows& rows_;
  Diagnostics& diags_;
  HugeVector<CheckedRow> out_;
  // id -> the row that uses it first, read in the rows themselves (they
  // outlive the checker): no copy of 262,894 ids.
  IdIndex first_;
  HugeVector<std::size_t> named_;           // named_parents()
  HugeVector<std::size_t> first_with_id_;   // the first row with row r's id; kNoRow: no id
  std::vector<std::string> committee_ids_;  // parent_hint()'s, made on first use
  bool committee_ids_made_ = false;
  std::unordered_map<std::string, std::string> parent_hints_;  // parent_hint()'s, by parent
  std::unordered_map<std::string, std::size_t> names_;         // row_named's, made on first use
  std::set<std::string> absent_reported_;
};

}  // namespace

Units check_units(const std::string& file, const UnitRows& rows, Diagnostics& diags,
                  std::size_t halves_from) {
  Units units;
  units.file = file;
  if (rows.empty()) {
    diags.error({file, 0, 0}, "danh sách đơn vị không có đơn vị nào");
    return units;
  }
  // The units' room, its pages first written on another thread while the
  // rows are checked (make_written: making the units took 99 ms, 76-82 of them
  // the first writes to its 27 MB for the national list).
  units.units.reserve(rows.size());
  std::future<void> written;
  if (const std::size_t room = units.units.capacity() * sizeof(Unit); room >= kHugePageBytes) {
    written =
        std::async(std::launch::async, [&units, room] { make_written(units.units.data(), room); });
  }
  Checker checker(rows, diags);
  HugeVector<CheckedRow> checked = checker.run();
  if (written.valid()) written.get();
  make_units(rows, checked, checker.named_parents(), halves_from, units, diags);
  // Every row a unit, in order (a list without problems): the units' ids
  // sit where the rows' did, and the rows' index is theirs (building it
  // again took 30 ms for the national list).
  if (units.units.size() == rows.size()) {
    units.index.adopt(checker.take_index());
  } else {
    units.index.build(units.units);
  }
  std::sort(units.left_out.begin(), units.left_out.end());
  return units;
}

}  // namespace chibo
