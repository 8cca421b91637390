#include "rank_rows.h"

#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base_names.h"
#include "chibo/number_format.h"
#include "compiled_ruleset_data.h"
#include "utf8.h"

namespace chibo {
namespace {

const char* const kRoman[] = {"", "I", "II", "III", "IV"};

std::string join_ints(const std::vector<int>& v, const char* sep) {
  std::string out;
  for (int x : v) {
    if (!out.empty()) out += sep;
    const fmt::format_int digits(x);
    out.append(digits.data(), digits.size());
  }
  return out;
}

// The same of a set's numbers, ascending, with no list made (a ranking's row
// writes two: most are empty).
std::string join_set(NumberSet set, const char* sep) {
  std::string out;
  for (int n = 0; n < 16 && !set.empty(); ++n) {
    if (!set.has(n)) continue;
    if (!out.empty()) out += sep;
    const fmt::format_int digits(n);
    out.append(digits.data(), digits.size());
  }
  return out;
}

// magnitude with its sign; no change has none, and its decimals ("0,00"
// beside "+8,00", as the ruleset presents every score).
std::string signed_text(const std::string& magnitude, bool negative, bool zero) {
  if (zero) return magnitude;
  return (negative ? "-" : "+") + magnitude;
}

}  // namespace

Rational shown_change(const CompiledRuleset& r, const RankedCell& c) {
  const Presentation& p = r.model.presentation;
  return difference(presented_value(c.now.score, p), presented_value(c.previous_score, p));
}

std::string cell_notes(const CompiledRuleset& r, const CellPeriod& c) {
  std::vector<std::string> notes;
  auto in_force_span = [&r] { return days_in_force(r).span(); };
  // No month to grade it by: its score and grade are none (they read as 0
  // points, Kém), and why, where the notes below do not say it.
  if (!c.graded()) {
    notes.push_back(
        fmt::format("{}: không có tháng nào để tính{}", kNotGraded,
                    c.months_met_outside_force.empty()
                        ? " (mọi tháng của kỳ đều ngoài thời gian hiệu lực của bộ tiêu chí, " +
                              in_force_span() + ")"
                        : ""));
  }
  if (!c.missing_months.empty()) {
    const char* policy =
        r.model.rollup.missing_month == MissingMonth::Exclude ? "không tính vào điểm bình quân"
        : r.model.rollup.missing_month == MissingMonth::Zero ? "tính 0 điểm"
                                                             : "tính xếp loại thấp nhất";
    // A month whose record was rejected is missing too, and said apart: it
    // is mended by correcting the record, not by holding the meeting.
    std::string rejected;
    if (!c.rejected_missing_months.empty()) {
      rejected = fmt::format("; tháng {} có bản ghi nhưng bị loại",
                             join_ints(c.rejected_missing_months.list(), ", "));
    }
    // A month with a thematic meeting alone: held, but not as a regular one
    // (or its kind written wrong).
    std::string thematic;
    if (!c.thematic_only_months.empty()) {
      thematic = fmt::format("; tháng {} chỉ có sinh hoạt chuyên đề",
                             join_ints(c.thematic_only_months.list(), ", "));
    }
    notes.push_back(fmt::format("thiếu tháng {} ({}{}{})", join_ints(c.missing_months.list(), ", "),
                                policy, rejected, thematic));
  }
  // A month or quarter partly in force whose meeting was held on a day out
  // of force: not missing (the cell met; no record is wrong), not counted.
  if (!c.months_met_outside_force.empty() || !c.quarters_met_outside_force.empty()) {
    const std::string span = in_force_span();
    std::vector<std::string> parts;
    if (!c.months_met_outside_force.empty()) {
      parts.push_back("tháng " + join_ints(c.months_met_outside_force.list(), ", "));
    }
    for (int q : c.quarters_met_outside_force.list()) {
      parts.push_back(fmt::format("sinh hoạt chuyên đề quý {}", kRoman[q]));
    }
    notes.push_back(fmt::format(
        "{} họp ngoài thời gian hiệu lực của bộ tiêu chí ({}): không tính, không coi là thiếu",
        fmt::join(parts, ", "), span));
  }
  const int asked = r.model.rollup.thematic_per_quarter;
  for (int q : c.quarters_short_of_thematic.list()) {
    // How many of how many, where more than one is asked for (one of two
    // held read as none); a thematic record rejected; the grade capped.
    std::string why;
    if (asked > 1) {
      why = fmt::format("có {}/{} cuộc",
                        int{c.thematic_in_quarter[static_cast<std::size_t>(q - 1)]}, asked);
    }
    if (c.rejected_short_quarters.has(q)) {
      why += fmt::format("{}có bản ghi nhưng bị loại", why.empty() ? "" : "; ");
    }
    if (c.grade != c.grade_before_cap) {
      why += fmt::format("{}xếp loại tối đa {}", why.empty() ? "" : "; ",
                         r.model.grades[static_cast<std::size_t>(c.grade)].label);
    }
    notes.push_back(fmt::format("quý {} thiếu sinh hoạt chuyên đề{}", kRoman[q],
                                why.empty() ? "" : " (" + why + ")"));
  }
  // Graded by counting its months' grades, a worse grade than its mean
  // reaches (92,14 Khá, with 6 months Tốt where 7 are asked): the condition
  // it fails, as the table alone gave no reason.
  if (c.counted > 0 && grade_of_score(r.model, c.score) < c.grade_before_cap) {
    if (std::string why = count_shortfall(r.model, c); !why.empty()) {
      notes.push_back("xếp loại theo số tháng: " + why);
    }
  }
  // A better grade than its mean reaches (89,83 Tốt where Tốt is from 90):
  // the months that gave it.
  if (c.counted > 0 && grade_of_score(r.model, c.score) > c.grade_before_cap) {
    if (std::string why = count_reached(r.model, c); !why.empty()) {
      notes.push_back("xếp loại theo số tháng: " + why);
    }
  }
  // A score shown rounded up to a better grade's threshold ("90,00" of
  // 89,9965, Khá where Tốt is from 90): the exact score said, cut short
  // (never rounded up again), so the table does not read as a wrong grade.
  const Presentation& p = r.model.presentation;
  if (c.counted > 0 && c.grade_before_cap == grade_of_score(r.model, c.score)) {
    const int shown = grade_of_score(r.model, presented_value(c.score, p));
    if (shown < c.grade_before_cap) {
      Presentation finer = p;
      finer.decimals = std::min(p.decimals + 4, 6);  // format_number's most
      finer.trim_zeros = true;
      finer.rounding = Presentation::Rounding::Truncate;
      const Grade& above = r.model.grades[static_cast<std::size_t>(shown)];
      notes.push_back(fmt::format("điểm chưa làm tròn {} dưới {} điểm của mức {}",
                                  format_number(c.score, finer), format_number(above.from, finer),
                                  above.label));
    }
  }
  return fmt::format("{}", fmt::join(notes, "; "));
}

std::string ranked_cell_notes(const CompiledRuleset& r, const RankedCell& c) {
  std::string notes = cell_notes(r, c.now);
  if (c.previous_rank && !c.previous_missing.empty()) {
    notes += fmt::format("{}kỳ trước thiếu tháng {}", notes.empty() ? "" : "; ",
                         join_ints(c.previous_missing.list(), ", "));
  }
  return notes;
}

namespace {

// One tie-break key as a reader compares two cells: "nhiều tháng đạt Tốt
// hơn". The label of a mean's input or derived value, else its id.
std::string order_key_text(const CompiledRuleset& compiled, const RankKey& key) {
  const Ruleset& r = compiled.model;
  switch (key.kind) {
    case RankKey::Total:
      return "điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm hiển thị có thể khác "
             "hạng)";
    case RankKey::Grade:
      return "xếp loại cao hơn";
    case RankKey::WorstMonth:
      return "điểm tháng thấp nhất cao hơn";
    case RankKey::BestMonth:
      return "điểm tháng cao nhất cao hơn";
    case RankKey::Count:
      return fmt::format("nhiều tháng đạt {}{} hơn",
                         r.grades[static_cast<std::size_t>(key.grade)].label,
                         key.grade == 0 ? "" : " trở lên");
    case RankKey::Mean:
      break;
  }
  // The slot rank_keys found: an input's, or a derived value's.
  std::string id, label;
  for (std::size_t i = 0; i < r.inputs.size(); ++i) {
    if (compiled.first_input_slot + static_cast<int>(i) == key.slot) {
      id = r.inputs[i].id;
      label = r.inputs[i].label;
    }
  }
  for (std::size_t i = 0; i < r.derived.size(); ++i) {
    if (compiled.derived_slot[i] == key.slot) {
      id = r.derived[i].id;
      label = r.derived[i].label;
    }
  }
  return fmt::format("{} bình quân cao hơn", label.empty() ? id : lower_first_letter(label));
}

}  // namespace

std::string ranking_order_note(const CompiledRuleset& r) {
  // The keys as the ranking takes them (a list that starts with neither the
  // total nor the grade is ranked by the total first).
  const std::vector<RankKey> keys = rank_keys(r);
  std::string then;
  for (std::size_t k = 1; k < keys.size(); ++k) {
    then += (then.empty() ? "" : ", ") + order_key_text(r, keys[k]);
  }
  return fmt::format("Thứ tự xếp hạng: chi bộ có {} xếp trên; {}bằng nhau ở mọi mục thì cùng hạng.",
                     order_key_text(r, keys.front()),
                     then.empty() ? "" : "nếu bằng nhau thì xét lần lượt: " + then + "; ");
}

std::string not_graded_count(const DistrictSummary& s) {
  if (s.cells_not_graded == 0) return "";
  return fmt::format(
      "{} chi bộ chưa xếp loại (không có tháng nào để tính, không tính vào số chi "
      "bộ theo xếp loại)",
      format_count(s.cells_not_graded));
}

// "0 chi bộ thiếu ..." read badly: none is said in words.
std::string units_left_out_of_table(std::size_t n) {
  if (n == 0) return "";
  return fmt::format(
      "{} đơn vị của danh sách bị loại vì lỗi trong danh sách, không có trong bảng này",
      format_count(static_cast<std::int64_t>(n)));
}

std::string missing_months_count(const DistrictSummary& s) {
  std::string out = s.cells_with_missing_months == 0
                        ? "không chi bộ nào thiếu tháng sinh hoạt"
                        : fmt::format("{} chi bộ thiếu tháng sinh hoạt",
                                      format_count(s.cells_with_missing_months));
  // Those are mended by correcting a record, not by asking the cell why it
  // did not meet: how many, for the reader of the totals alone.
  if (s.cells_with_rejected_months > 0) {
    out += fmt::format(" (trong đó {} chi bộ thiếu tháng do bản ghi bị loại)",
                       format_count(s.cells_with_rejected_months));
  }
  return out;
}

std::string short_of_thematic_count(const DistrictSummary& s) {
  if (s.cells_short_of_thematic == 0) return "không chi bộ nào thiếu sinh hoạt chuyên đề";
  return fmt::format("{} chi bộ thiếu sinh hoạt chuyên đề",
                     format_count(s.cells_short_of_thematic));
}

Rows ranking_rows(const CompiledRuleset& r, const Ranking& ranking, const NumberText& number,
                  bool machine) {
  Rows rows;
  for_each_ranking_row(r, ranking, number, machine,
                       [&rows](std::vector<std::string>& row) { rows.push_back(std::move(row)); });
  return rows;
}

std::vector<std::string> ranking_header(const Ranking& ranking, bool machine) {
  const bool grouped = ranking.group_by != GroupBy::None;
  std::vector<std::string> header =
      machine ? std::vector<std::string>{"rank",           "cell_id",
                                         "name",           "type",
                                         "parent",         "score",
                                         "grade",          "months_counted",
                                         "missing_months", "thematic_short_quarters"}
              : std::vector<std::string>{"Hạng",          "Chi bộ", "Tên",      "Loại hình",
                                         "Đảng bộ cơ sở", "Điểm",   "Xếp loại", "Số tháng"};
  if (grouped) {
    header.insert(header.begin() + 1, machine ? "group_rank"
                                      : ranking.group_by == GroupBy::Type
                                          ? "Hạng trong loại hình"
                                          : "Hạng trong đảng bộ cơ sở");
  }
  if (machine) {
    for (const char* h : {"previous_score", "score_change", "previous_rank", "rank_change"}) {
      header.push_back(h);
    }
  } else if (ranking.has_previous) {
    for (const char* h : {"Kỳ trước: điểm (hạng)", "Thay đổi điểm", "Thay đổi hạng"}) {
      header.push_back(h);
    }
  }
  if (!machine) header.push_back("Ghi chú");
  return header;
}

void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, const RowSink& sink) {
  std::vector<std::string> header = ranking_header(ranking, machine);
  sink(header);
  for_each_ranking_row(r, ranking, number, machine, 0, ranking.cells.size(), sink);
}

void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, std::size_t first,
                          std::size_t last, const RowSink& sink) {
  // One row, its strings refilled cell after cell (a vector and a name's
  // heap piece a cell were a sixth of writing the national ranking).
  class Collect final : public RowFields {
   public:
    explicit Collect(const RowSink& sink) : sink_(sink) {}
    void field(std::string_view text) override {
      if (at_ == row_.size()) row_.emplace_back();
      row_[at_++].assign(text);
    }
    void end_row() override {
      row_.resize(at_);
      sink_(row_);
      at_ = 0;
    }

   private:
    const RowSink& sink_;
    std::vector<std::string> row_;
    std::size_t at_ = 0;
  } collect(sink);
  for_each_ranking_row(r, ranking, number, machine, first, last, collect);
}

void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, std::size_t first,
                          std::size_t last, RowFields& out) {
  const std::vector<Grade>& grades = r.model.grades;
  const bool grouped = ranking.group_by != GroupBy::None;
  const std::string zero = number(0);  // a change that is none, as written
  // People's rows name a base another shares with its id (base_names.h).
  const BaseNames base_names = machine ? BaseNames() : BaseNames(ranking);
  std::string base_named;  // a shared name with its id
  auto put = [&out](std::string_view text) { out.field(text); };
  auto put_int = [&put](long long n) {
    const fmt::format_int digits(n);
    put({digits.data(), digits.size()});
  };
  for (std::size_t cell = first; cell < last && cell < ranking.cells.size(); ++cell) {
    const RankedCell& c = ranking.cells[cell];
    const Unit& u = *c.now.unit;
    const std::size_t grade = static_cast<std::size_t>(c.now.grade);
    // Not graded: no rank, score, grade or months, "-" for people and empty
    // for machines (rank 0, score 0, Kém read as the district's last).
    const bool graded = c.now.graded();
    const std::string_view none = machine ? "" : "-";
    if (graded) {
      put_int(c.rank);
    } else {
      put(none);
    }
    if (grouped && !graded) {
      put(none);
    } else if (grouped) {
      // A base cell (chi bộ cơ sở) is its own base organisation: ranked by
      // parent, it is first of one, and its "1" read as the best of a group
      // (the district's last cell showed it). People's tables say "-".
      const bool alone =
          ranking.group_by == GroupBy::Parent && (!c.now.base || c.now.base == c.now.unit);
      if (alone && !machine) {
        put("-");
      } else {
        put_int(c.group_rank);
      }
    }
    put(u.id);
    put(u.name);
    put(machine ? unit_type_id(u.type) : unit_type_label(u.type));
    if (machine) {
      put(u.parent == u.id ? std::string_view() : std::string_view(u.parent));
    } else {
      const Unit* base = c.now.base && c.now.base != &u ? c.now.base : nullptr;
      if (base && base_names.shared(*base)) {
        base_named = base_names.name(*base);
        put(base_named);
      } else {
        put(base ? std::string_view(base->name) : std::string_view());
      }
    }
    if (graded) {
      put(number(c.now.score));
      put(machine ? grades[grade].id : grades[grade].label);
    } else {
      put(none);
      put(machine ? "" : kNotGradedLabel);
    }
    if (machine) {
      put_int(c.now.counted);
      put(join_set(c.now.missing_months, " "));
      put(join_set(c.now.quarters_short_of_thematic, " "));
    } else if (!graded) {
      put(none);
    } else {
      put(fmt::format("{}/{}",
                      c.now.months.size() - static_cast<std::size_t>(c.now.missing_months.size()),
                      c.now.months.size()));
    }
    if (machine || ranking.has_previous) {
      if (c.previous_rank) {
        Rational change = shown_change(r, c);
        bool negative = change < Rational(0);
        std::string magnitude = number(negative ? negate(change).value_or(0) : change);
        int moved = *c.previous_rank - c.rank;
        if (machine) {
          put(number(c.previous_score));
        } else {
          put(fmt::format("{} ({})", number(c.previous_score), *c.previous_rank));
        }
        // No change from a period graded to one not. (change is written as
        // its magnitude when it is not negative.)
        put(graded
                ? signed_text(magnitude, negative, (negative ? number(change) : magnitude) == zero)
                : none);
        if (machine) put_int(*c.previous_rank);
        put(graded ? signed_text(std::to_string(moved < 0 ? -moved : moved), moved < 0, moved == 0)
                   : none);
      } else {
        for (int i = 0; i < (machine ? 4 : 3); ++i) put(machine ? "" : "-");
      }
    }
    if (!machine) put(ranked_cell_notes(r, c));
    out.end_row();
  }
}

Rows grade_rows(const CompiledRuleset& r, const GradeTally& tally) {
  Rows rows = {{"Xếp loại", "Số chi bộ", "Tỷ lệ"}};
  const std::vector<Grade>& grades = r.model.grades;
  for (std::size_t g = 0; g < grades.size(); ++g) {
    rows.push_back(
        {grades[g].label,
         fmt::format("{}/{}", format_count(tally.per_grade[g]), format_count(tally.cells)),
         format_share(tally.per_grade[g], tally.cells, r.model.presentation)});
  }
  return rows;
}

Rows group_rows(const CompiledRuleset& r, const DistrictSummary& s, bool by_type) {
  const std::vector<Grade>& grades = r.model.grades;
  Rows rows;
  std::vector<std::string> header = {by_type ? "Loại hình" : "Tổ chức cơ sở đảng"};
  for (const Grade& g : grades) header.push_back(g.label);
  header.push_back("Số chi bộ");
  rows.push_back(header);
  auto add_row = [&](std::string_view name, const GradeTally& t) {
    std::vector<std::string> row = {std::string(name)};
    for (std::size_t g = 0; g < grades.size(); ++g) {
      row.push_back(fmt::format("{} ({})", format_count(t.per_grade[g]),
                                format_share(t.per_grade[g], t.cells, r.model.presentation)));
    }
    row.push_back(format_count(t.cells));
    rows.push_back(std::move(row));
  };
  if (by_type) {
    for (const auto& [type, tally] : s.by_type) add_row(unit_type_label(type), tally);
  } else {
    // A name two bases share with each one's id, as in the ranking's rows.
    const BaseNames names(s);
    for (const auto& [unit, tally] : s.by_base) add_row(names.name(*unit), tally);
  }
  return rows;
}

}  // namespace chibo
