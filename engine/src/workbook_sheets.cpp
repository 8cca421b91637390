#include "workbook_sheets.h"

#include <cstring>
#include <map>
#include <string_view>
#include <utility>

namespace chibo {
namespace {

// xl/workbook.xml: its tabs (name, relation id, hidden), and the date system.
struct Workbook : XmlReader {
  struct Tab {
    std::string name, id;
    bool hidden = false;
  };
  std::vector<Tab> tabs;
  bool date1904 = false;
  void on_start(std::string_view name, const char** attrs) override {
    if (name == "sheet") {
      const char* id = xml_attribute(attrs, "id");
      const char* tab = xml_attribute(attrs, "name");
      const char* state = xml_attribute(attrs, "state");
      if (id) tabs.push_back({tab ? tab : "", id, state && std::strcmp(state, "visible") != 0});
    } else if (name == "workbookPr") {
      const char* d = xml_attribute(attrs, "date1904");
      date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
    }
  }
};

// xl/_rels/workbook.xml.rels: relation id -> the part it names, and
// whether that is a worksheet (not a chart sheet or a macro sheet).
struct Relations : XmlReader {
  std::map<std::string, std::pair<std::string, bool>> target;
  void on_start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = xml_attribute(attrs, "Id");
    const char* to = xml_attribute(attrs, "Target");
    const char* type = xml_attribute(attrs, "Type");
    const std::string_view kind = type ? type : "";
    const std::string_view worksheet = "/worksheet";
    const bool is_worksheet =
        kind.size() >= worksheet.size() && kind.substr(kind.size() - worksheet.size()) == worksheet;
    if (id && to) target[id] = {to, is_worksheet || !type};
  }
};

// A part named from xl/ by a relation's target ("worksheets/sheet1.xml", or
// "/xl/worksheets/sheet1.xml" from the root).
std::string part_of_target(const std::string& target) {
  return target.empty() || target[0] != '/' ? "xl/" + target : target.substr(1);
}

}  // namespace

const WorkbookSheet* WorkbookSheets::first() const {
  for (const WorkbookSheet& s : worksheets) {
    if (!s.hidden) return &s;
  }
  return worksheets.empty() ? nullptr : &worksheets.front();
}

std::optional<WorkbookSheets> read_workbook_sheets(XlsxArchive& zip, std::size_t max_bytes,
                                                   std::string& why) {
  Workbook book;
  Relations relations;
  if (!zip.parse("xl/workbook.xml", max_bytes, true, book, why) ||
      !zip.parse("xl/_rels/workbook.xml.rels", max_bytes, true, relations, why)) {
    return std::nullopt;
  }
  WorkbookSheets out;
  out.date1904 = book.date1904;
  for (Workbook::Tab& tab : book.tabs) {
    auto it = relations.target.find(tab.id);
    if (it == relations.target.end() || !it->second.second) continue;
    out.worksheets.push_back({std::move(tab.name), part_of_target(it->second.first), tab.hidden});
  }
  return out;
}

}  // namespace chibo
