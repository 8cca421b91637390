// An audit (audit.h) as rows of text, shared by the table, markdown and csv
// layouts and the workbook, so that they always say the same thing.
#pragma once

#include "chibo/audit.h"
#include "chibo/units.h"
#include "rank_rows.h"

namespace chibo {

// Header and one row a flagged meeting. machine: ids and csv columns
// (cell_id,name,parent,date,kind,self_total,computed_total,reviewer_total,
// over_computed_by,over_reviewer_by,criteria,file,line).
Rows audit_meeting_rows(const CompiledRuleset& r, const Units& units, const AuditResult& audit,
                        const NumberText& number, bool machine);
// Header and one row per cell with a flagged meeting.
Rows audit_cell_rows(const Units& units, const AuditResult& audit, const NumberText& number);
// Header and one row per base organisation with a self-score.
Rows audit_base_rows(const AuditResult& audit, const NumberText& number);
// "2.981 cuộc sinh hoạt; 2.950 có điểm tự chấm; 41 cuộc tự chấm cao hơn ..."
std::string audit_totals_line(const AuditResult& audit);
// "; N cuộc có điểm tự chấm hoặc điểm cấp trên chấm không đọc được, ..." when
// some meeting's claim was no score (AuditResult::unreadable); "" otherwise.
std::string unreadable_clause(const AuditResult& audit);

}  // namespace chibo
