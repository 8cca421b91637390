// The names a records header gives cell_id, the date and the kind: in one
// place, as bind() and the finding of a header row (record_reader.cpp) take
// them alike.
#include <algorithm>

#include "chibo/record_checker.h"
#include "utf8.h"

namespace chibo {

const std::vector<std::string>& RecordChecker::cell_id_names() {
  static const std::vector<std::string> names = {"cell_id", fold_case("Mã chi bộ")};
  return names;
}
const std::vector<std::string>& RecordChecker::date_names() {
  static const std::vector<std::string> names = {"date", fold_case("Ngày sinh hoạt")};
  return names;
}
const std::vector<std::string>& RecordChecker::kind_names() {
  static const std::vector<std::string> names = {"kind", fold_case("Loại sinh hoạt")};
  return names;
}

int RecordChecker::fixed_column(const std::string& folded) {
  auto among = [&folded](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), folded) != names.end();
  };
  if (among(cell_id_names())) return kCellId;
  if (among(date_names())) return kDate;
  if (among(kind_names())) return kKind;
  return kIgnored;
}

}  // namespace chibo
