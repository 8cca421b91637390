#include "meeting_model.h"

#include <algorithm>

#include "calendar.h"

namespace chibo::gen {
namespace {

// Task-completion bands: 100%, 90-<100, 80-<90, 70-<80, 50-<70, <50 (QĐ 31
// bands, the first two from the Cao Phong report), with the share of meetings
// in each (80% and 15% from the report; the rest assumed).
constexpr int kBandFrom[] = {100, 90, 80, 70, 50, 0};
constexpr int kBandTo[] = {101, 100, 90, 80, 70, 50};

int draw_band(Rng& rng) { return rng.weighted({3, 80, 15, 1.5, 0.4, 0.1}); }

// Twice the average of two draws: a hump-shaped count in [0, 2 * n].
int hump(Rng& rng, int n) { return rng.between(0, n) + rng.between(0, n); }

}  // namespace

CellProfile make_profile(const CellInfo& cell, Rng& rng) {
  CellProfile p;
  bool residential = cell.type == UnitType::Residential;
  double u = rng.unit();
  p.quality = 1 - 0.4 * u * u;
  if (residential) {
    p.p_absent = rng.uniform(0.01, 0.06);
    p.p_unexcused = rng.uniform(0.01, 0.05);
    p.exempt = std::min(rng.binomial(cell.members, 0.05), cell.members / 4);
    p.chronic = rng.weighted({0.8, 0.15, 0.05});
  } else {
    p.p_absent = rng.uniform(0.002, 0.012);
    p.p_unexcused = rng.uniform(0.0, 0.01);
    p.exempt = rng.chance(0.15) ? 1 : 0;
    p.chronic = rng.chance(0.03) ? 1 : 0;
  }
  p.exempt = std::min(p.exempt, cell.members - 3);
  p.chronic = std::min(p.chronic, (cell.members - p.exempt) / 3);
  p.speak_rate = rng.uniform(0.25, 0.65);
  if (cell.members - p.exempt <= 6 && rng.chance(0.5)) p.committee_minutes = 60;
  p.day = rng.between(1, 10);
  p.task_band = draw_band(rng);
  p.ehandbook = rng.chance(residential ? 0.3 : 0.65);
  p.weekdays_only = !residential;
  int miss = rng.weighted({0.7, 0.2, 0.1});
  p.miss_factor = miss == 0 ? 0.5 : miss == 1 ? 1.25 : kMostMissFactor;
  p.thematic_skip = rng.chance(0.1) ? 0.3 : 0.02;
  return p;
}

bool draw_yes(const CellProfile& p, double weight, Rng& rng) {
  return rng.chance(0.985 - (1 - p.quality) * weight);
}

MeetingValues draw_meeting(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind,
                           Rng& rng) {
  MeetingValues v;
  v.members = cell.members;
  v.exempt = p.exempt;
  int must = v.members - v.exempt;
  int away = p.chronic + rng.binomial(must - p.chronic, p.p_absent);
  away = std::min(away, must / 2);
  v.unexcused = away > p.chronic && rng.chance(p.p_unexcused) ? 1 : 0;
  v.excused = away - v.unexcused;
  v.long_absent = month >= 4 ? std::min(p.chronic, v.excused) : 0;  // away > 3 months running
  v.present = must - away;
  double rate = p.speak_rate + rng.uniform(-0.1, 0.1);
  // Non-negative, and a seed's files are fixed: lround would move a few ties.
  // NOLINTNEXTLINE(bugprone-incorrect-roundings)
  v.speakers = std::clamp(static_cast<int>(v.present * rate + 0.5), 1, v.present);

  bool thematic = kind == MeetingKind::Thematic;
  v.combined_thematic = !thematic && rng.chance(0.03);
  v.committee_minutes = p.committee_minutes;
  double short_p = 0.02 + 0.15 * (1 - p.quality);
  if (thematic || v.combined_thematic) {
    v.duration = rng.chance(short_p) ? 100 + 5 * rng.between(0, 3) : 120 + 5 * hump(rng, 4);
  } else if (rng.chance(short_p)) {
    v.duration = 60 + 5 * rng.between(0, 5);
  } else {
    v.duration = 90 + 5 * hump(rng, 4) + (rng.chance(0.03) ? 30 : 0);
  }
  if (p.committee_minutes > 0 && !thematic)
    v.duration = std::min(v.duration, 60 + 5 * hump(rng, 3));
  v.thematic_report = (thematic || v.combined_thematic) && draw_yes(p, 0.5, rng);
  v.ehandbook = p.ehandbook ? rng.chance(0.92) : rng.chance(0.03);
  v.upper = rng.chance(thematic ? 0.3 : 0.12);
  v.character = rng.weighted({0.3 + 0.65 * p.quality, 0.2, 0.01 + 0.1 * (1 - p.quality), 0.003});
  v.notice_days = std::max(1, rng.between(2, 7) - (rng.chance(1 - p.quality) ? 2 : 0));

  int band = rng.chance(0.9) ? p.task_band : draw_band(rng);
  for (;;) {  // a month's planned tasks and how many were done, inside the band
    int planned = band == 1 ? rng.between(10, 20) : rng.between(4, 20);
    int lo = (kBandFrom[band] * planned + 99) / 100;
    int hi = std::min(planned, (kBandTo[band] * planned + 99) / 100 - 1);
    if (lo <= hi) {
      v.tasks_planned = planned;
      v.tasks_done = rng.between(lo, hi);
      break;
    }
  }
  return v;
}

int draw_day(const CellProfile& p, int year, int month, MeetingKind kind, Rng& rng) {
  int last = days_in_month(year, month);
  int day = kind == MeetingKind::Thematic ? rng.between(15, 26) : p.day + rng.between(-1, 2);
  day = std::clamp(day, 1, last);
  if (p.weekdays_only) {
    int wd = weekday(year, month, day);
    if (wd >= 5) day += 7 - wd;  // to Monday
    if (day > last) day -= 3;    // or back to Friday
  }
  return day;
}

}  // namespace chibo::gen
