#include "record_generator.h"

#include <algorithm>
#include <cstring>

#include "calendar.h"
#include "csv_out.h"

namespace chibo::gen {
namespace {

const char* yes_no(bool b) { return b ? "có" : "không"; }

struct KnownYesNo {
  const char* id;
  double weight;  // how much a weaker cell misses it (assumed)
};
constexpr KnownYesNo kSheetYesNo[] = {
    {"content_prepared", 0.3}, {"committee_met", 0.5},     {"draft_resolution", 0.8},
    {"notified", 0.4},         {"on_schedule", 0.3},       {"full_order", 0.3},
    {"praise_criticism", 0.8}, {"minutes_book", 0.4},      {"democratic", 0.2},
    {"self_criticism", 0.7},   {"resolution_passed", 0.3},
};

bool integral(InputType t) { return t == InputType::Integer || t == InputType::Minutes; }

// value clamped into the input's min/max.
long clamped(const Input& in, long value) {
  if (in.min && value < in.min->ceil()) value = static_cast<long>(in.min->ceil());
  if (in.max && value > in.max->floor()) value = static_cast<long>(in.max->floor());
  return value;
}

// hundredths as text with '.', trailing zeros dropped: 9167 -> "91.67", 9250 -> "92.5".
std::string hundredths_text(long h) {
  std::string s = std::to_string(h / 100);
  long frac = h % 100;
  if (frac != 0) {
    s += '.';
    s += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
  }
  return s;
}

}  // namespace

const char* spoil_label(Spoil s) {
  switch (s) {
    case Spoil::PresentOverMembers:
      return "số có mặt vượt số phải sinh hoạt";
    case Spoil::MisspeltYesNo:
      return "có/không viết sai";
    case Spoil::EmptyRequired:
      return "cột bắt buộc để trống";
    case Spoil::BadDate:
      return "ngày không có thật";
  }
  return "";
}

RecordGenerator::RecordGenerator(const CompiledRuleset& ruleset, int year)
    : compiled_(ruleset), ruleset_(ruleset_of(ruleset)), year_(year), checker_(ruleset) {
  header_ = {"cell_id", "date", "kind"};
  struct Named {
    const char* id;
    Known known;
    bool number;  // else yes/no, choice or percent as noted by the known kind
  };
  static const Named kNamed[] = {
      {"members", Known::Members, true},
      {"exempt", Known::Exempt, true},
      {"present", Known::Present, true},
      {"excused", Known::Excused, true},
      {"unexcused", Known::Unexcused, true},
      {"long_absent", Known::LongAbsent, true},
      {"speakers", Known::Speakers, true},
      {"duration", Known::Duration, true},
      {"committee_minutes", Known::CommitteeMinutes, true},
      {"notice_days", Known::NoticeDays, true},
      {"combined_thematic", Known::CombinedThematic, false},
      {"thematic_report", Known::ThematicReport, false},
      {"ehandbook_posted", Known::Ehandbook, false},
      {"upper_attended", Known::UpperAttended, false},
  };
  for (std::size_t i = 0; i < ruleset_.inputs.size(); ++i) {
    const Input& in = ruleset_.inputs[i];
    header_.push_back(in.id);
    Column col;
    for (const Named& n : kNamed) {
      bool fits = n.number ? integral(in.type) : in.type == InputType::YesNo;
      if (in.id == n.id && fits) col.known = n.known;
    }
    if (in.id == "character" && in.type == InputType::Choice) col.known = Known::Character;
    if (in.id == "task_completion" &&
        (in.type == InputType::Percent || in.type == InputType::Number)) {
      col.known = Known::TaskCompletion;
    }
    if (col.known == Known::Other && in.type == InputType::YesNo) {
      col.known = Known::SheetYesNo;
      for (const KnownYesNo& k : kSheetYesNo) {
        if (in.id == k.id) col.weight = k.weight;
      }
    }
    if (col.known == Known::Members) members_ = static_cast<int>(i);
    if (col.known == Known::Present) present_ = static_cast<int>(i);
    if (col.known == Known::Exempt) exempt_ = static_cast<int>(i);
    if (col.known == Known::TaskCompletion) task_ = static_cast<int>(i);
    if (in.type == InputType::YesNo) yes_no_.push_back(static_cast<int>(i));
    if (in.required) required_.push_back(static_cast<int>(i));
    columns_.push_back(col);
  }
  self_total_ = header_.size();
  header_.push_back("self_total");
  reviewer_total_ = header_.size();
  header_.push_back("reviewer_total");
  Diagnostics diags;
  checker_.bind(header_, Location{}, diags);
}

// Assumed rates: about 5% of records leave the self-score empty; a cell
// inflates its own score with a chance of 3% plus half its quality gap; an
// upper-level member scores 30% of meetings, a fifth of those lower.
void RecordGenerator::claim(const CellProfile& p, Rng& rng,
                            std::vector<std::string>& fields) const {
  const Rational& total = score_.total;
  long computed = (total.num() * 100 + total.den() / 2) / total.den();  // hundredths
  long scale = ruleset_.scale.floor() * 100;
  fields[self_total_].clear();
  fields[reviewer_total_].clear();
  if (!rng.chance(0.05)) {
    long self = computed;
    if (rng.chance(0.03 + (1 - p.quality) * 0.5))
      self = std::min(scale, self + 100L * rng.between(1, 8));
    fields[self_total_] = hundredths_text(self);
  }
  if (rng.chance(0.3)) {
    long reviewer = computed;
    if (rng.chance(0.2)) reviewer = std::max(0L, reviewer - 100L * rng.between(1, 3));
    fields[reviewer_total_] = hundredths_text(reviewer);
  }
}

std::string RecordGenerator::other_value(const Input& in, const MeetingValues& v, int month,
                                         int day, Rng& rng, const CellProfile& p) const {
  switch (in.type) {
    case InputType::YesNo:
      return yes_no(draw_yes(p, 0.5, rng));
    case InputType::Choice: {
      int n = static_cast<int>(in.options.size());
      int k = std::min(rng.weighted({0.7, 0.2, 0.07, 0.03}), n - 1);
      return in.options[static_cast<std::size_t>(k)].id;
    }
    case InputType::Date: {
      std::string d;
      append_date(d, year_, month, day);
      return d;
    }
    case InputType::Minutes:
      return std::to_string(clamped(in, v.duration));
    case InputType::Percent: {
      long lo = std::max<long>(in.min ? in.min->ceil() : 0, 0) * 100;
      long hi = std::min<long>(in.max ? in.max->floor() : 100, 100) * 100;
      double u = rng.unit();
      return hundredths_text(hi - static_cast<long>(static_cast<double>(hi - lo) * u * u * 0.5));
    }
    case InputType::Integer:
    case InputType::Number: {
      long lo = in.min ? in.min->ceil() : 0;
      long hi = in.max ? in.max->floor() : lo + 10;
      hi = std::min(hi, lo + 1000);
      if (in.type == InputType::Integer || hi <= lo)
        return std::to_string(
            rng.between(static_cast<int>(lo), static_cast<int>(std::max(lo, hi))));
      long tenths = rng.between(static_cast<int>(lo * 10), static_cast<int>(hi * 10));
      return hundredths_text(tenths * 10);
    }
  }
  return "";
}

void RecordGenerator::fill(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind,
                           Rng& rng, std::vector<std::string>& fields) const {
  fields.resize(header_.size());
  int day = draw_day(p, year_, month, kind, rng);
  MeetingValues v = draw_meeting(cell, p, month, kind, rng);
  fields[0] = cell.id;
  fields[1].clear();
  append_date(fields[1], year_, month, day);
  fields[2] = meeting_kind_id(kind);
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const Input& in = ruleset_.inputs[i];
    const Column& c = columns_[i];
    std::string& f = fields[3 + i];
    auto number = [&](long value) { f = std::to_string(clamped(in, value)); };
    switch (c.known) {
      case Known::Members:
        number(v.members);
        break;
      case Known::Exempt:
        number(v.exempt);
        break;
      case Known::Present:
        number(v.present);
        break;
      case Known::Excused:
        number(v.excused);
        break;
      case Known::Unexcused:
        number(v.unexcused);
        break;
      case Known::LongAbsent:
        number(v.long_absent);
        break;
      case Known::Speakers:
        number(v.speakers);
        break;
      case Known::Duration:
        number(v.duration);
        break;
      case Known::CommitteeMinutes:
        number(v.committee_minutes);
        break;
      case Known::NoticeDays:
        number(v.notice_days);
        break;
      case Known::CombinedThematic:
        f = yes_no(v.combined_thematic);
        break;
      case Known::ThematicReport:
        f = yes_no(v.thematic_report);
        break;
      case Known::Ehandbook:
        f = yes_no(v.ehandbook);
        break;
      case Known::UpperAttended:
        f = yes_no(v.upper);
        break;
      case Known::SheetYesNo:
        f = yes_no(draw_yes(p, c.weight, rng));
        break;
      case Known::Character: {
        static const char* const kLevels[] = {"tot", "kha", "trung_binh", "kem"};
        std::size_t k = static_cast<std::size_t>(v.character);
        auto it = std::find_if(in.options.begin(), in.options.end(),
                               [&](const ChoiceOption& o) { return o.id == kLevels[k]; });
        f = it != in.options.end() ? it->id : in.options[std::min(k, in.options.size() - 1)].id;
        break;
      }
      case Known::TaskCompletion: {
        long planned = v.tasks_planned;  // percent with 2 decimals, half up
        f = hundredths_text((20000L * v.tasks_done + planned) / (2 * planned));
        break;
      }
      case Known::Other:
        f = other_value(in, v, month, day, rng, p);
        break;
    }
  }
}

bool RecordGenerator::accepted(const std::vector<std::string>& fields) {
  static const Location kNowhere;
  return checker_.check(fields, kNowhere, record_, why_) &&
         score_meeting(compiled_, record_, score_);
}

bool RecordGenerator::valid(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind,
                            Rng& rng, std::vector<std::string>& fields, long& retries) {
  for (int t = 0; t < kTries; ++t) {
    fill(cell, p, month, kind, rng, fields);
    if (accepted(fields)) {
      claim(p, rng, fields);
      return true;
    }
    ++retries;
  }
  return false;
}

bool RecordGenerator::spoil(std::vector<std::string>& fields, int month, Rng& rng, Spoil& how) {
  std::vector<std::string> original = fields;
  int first = rng.below(kSpoilKinds);
  for (int k = 0; k < kSpoilKinds; ++k) {
    how = static_cast<Spoil>((first + k) % kSpoilKinds);
    fields = original;
    auto pick = [&](const std::vector<int>& from) {
      return 3 + static_cast<std::size_t>(
                     from[static_cast<std::size_t>(rng.below(static_cast<int>(from.size())))]);
    };
    if (how == Spoil::PresentOverMembers) {
      if (members_ < 0 || present_ < 0) continue;
      // A count this generator wrote itself, always digits.
      // NOLINTNEXTLINE(cert-err34-c)
      long members = std::atol(fields[3 + static_cast<std::size_t>(members_)].c_str());
      fields[3 + static_cast<std::size_t>(present_)] = std::to_string(members + rng.between(1, 3));
    } else if (how == Spoil::MisspeltYesNo) {
      if (yes_no_.empty()) continue;
      // Still wrong after every reading yes/no allows (without accents too):
      // "cos", "khoong" are what Telex typing gives with the Vietnamese keyboard off.
      static const char* const kTypos[] = {"cos", "khoong", "cóo", "khôngg", "khô", "yes."};
      fields[pick(yes_no_)] = kTypos[rng.below(6)];
    } else if (how == Spoil::EmptyRequired) {
      if (required_.empty()) continue;
      fields[pick(required_)].clear();
    } else {  // a day the month does not have: 30 February, 31 April, 32 May
      int last = days_in_month(year_, month);
      int day = month == 2 ? 30 : last == 30 ? 31 : 32;
      fields[1].clear();
      append_date(fields[1], year_, month, 1);
      fields[1].replace(8, 2, std::to_string(day));
    }
    if (!accepted(fields)) return true;
  }
  fields = original;
  return false;
}

void RecordGenerator::append_line(const std::vector<std::string>& fields, std::string& out) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, fields[i]);
  }
  out += '\n';
}

bool RecordGenerator::last_attendance(long& present, long& must) const {
  if (members_ < 0 || present_ < 0) return false;
  auto at = [&](int i) {
    return i < 0 ? 0L : static_cast<long>(record_.inputs[static_cast<std::size_t>(i)].floor());
  };
  present = at(present_);
  must = at(members_) - at(exempt_);
  return true;
}

int RecordGenerator::last_task_hundredths() const {
  if (task_ < 0) return -1;
  const Rational& r = record_.inputs[static_cast<std::size_t>(task_)];
  return static_cast<int>(r.num() * 100 / r.den());
}

}  // namespace chibo::gen
