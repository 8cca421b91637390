// What a meeting of a given cell looks like: the realistic model behind the
// generated records, independent of any ruleset's column names.
//
// Every cell gets a profile (how good its meetings are, how often members are
// away, which day of the month it meets) and each meeting is drawn around
// it, after domain.md: in Cao Phong about 80% of cells completed 90% to under
// 100% of the month's tasks and about 15% 80% to under 90%; attendance is
// above 90% in residential cells and above 98% in agency, enterprise and
// armed-forces cells; meetings last 90 minutes or more (120 with a thematic
// part).
#pragma once

#include <cstdint>

#include "chibo/meeting.h"
#include "org_generator.h"
#include "random.h"

namespace chibo::gen {

// The largest of the factors a cell's missing-month chance is drawn with
// (0.5, 1.25 or 4, weighted 0.7, 0.2, 0.1: mean 1).
constexpr double kMostMissFactor = 4.0;

struct CellProfile {
  double quality = 1;  // 0.6..1: how often the sheet's yes/no points are earned
  double p_absent = 0, p_unexcused = 0, speak_rate = 0;
  int exempt = 0, chronic = 0;  // exempt members; members away every month (excused)
  int committee_minutes = 0;    // set by the committee for a very small cell (0 = none)
  int day = 5;                  // the day of the month it usually meets
  int task_band = 1;            // its usual band of task completion (see draw_meeting)
  bool ehandbook = false;       // posts documents on the e-handbook app
  bool weekdays_only = false;   // offices meet Monday to Friday
  double miss_factor = 1;       // times the missing-month rate (mean 1, at most kMostMissFactor)
  double thematic_skip = 0.05;  // chance of skipping a quarter's thematic meeting
};

CellProfile make_profile(const CellInfo& cell, Rng& rng);

struct MeetingValues {
  int members = 0, exempt = 0, present = 0, excused = 0, unexcused = 0, long_absent = 0;
  int speakers = 0, duration = 0, committee_minutes = 0;
  bool combined_thematic = false, thematic_report = false, ehandbook = false, upper = false;
  int character = 0;  // 0 Tốt, 1 Khá, 2 Trung bình, 3 Kém
  int tasks_done = 0, tasks_planned = 1;
  int notice_days = 3;
};

MeetingValues draw_meeting(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind,
                           Rng& rng);

// A yes/no item of the sheet that a weaker cell misses more often; weight
// says how much quality matters for it (0..1).
bool draw_yes(const CellProfile& p, double weight, Rng& rng);

// The day of the month of a meeting (thematic ones later in the month).
int draw_day(const CellProfile& p, int year, int month, MeetingKind kind, Rng& rng);

}  // namespace chibo::gen
