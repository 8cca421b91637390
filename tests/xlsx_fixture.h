// Workbooks (.xlsx) made in memory for the tests and the fuzzer: named XML
// parts zipped with libzip, as Excel lays them out.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <zip.h>

namespace chibo::testing {

// The parts (name, text) zipped, as the bytes of a zip file.
inline std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!out) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(out);  // read after the archive is closed
  zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  if (!zip) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, text] : parts) {
    zip_source_t* part = zip_source_buffer(zip, text.data(), text.size(), 0);
    if (!part || zip_file_add(zip, name.c_str(), part, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add " + name);
    }
  }
  if (zip_close(zip) < 0) throw std::runtime_error("zip_close");
  zip_stat_t stat;
  std::string bytes;
  if (zip_source_stat(out, &stat) == 0 && zip_source_open(out) == 0) {
    bytes.resize(stat.size);
    const zip_int64_t got = zip_source_read(out, bytes.data(), stat.size);
    bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    zip_source_close(out);
  }
  zip_source_free(out);
  return bytes;
}

// The part name of the zip file bytes, or "" when it has none.
inline std::string unzip_part(const std::string& bytes, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!zip) {
    if (source) zip_source_free(source);
    return "";
  }
  std::string text;
  if (zip_file_t* file = zip_fopen(zip, name.c_str(), 0)) {
    char chunk[4096];
    for (zip_int64_t got; (got = zip_fread(file, chunk, sizeof chunk)) > 0;) {
      text.append(chunk, static_cast<std::size_t>(got));
    }
    zip_fclose(file);
  }
  zip_discard(zip);
  return text;
}

inline const char* const kMain =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A workbook whose first sheet's <sheetData> holds rows; shared strings and
// styles' parts when given; the 1904 date system when asked.
inline std::string workbook(const std::string& rows, const std::string& shared = "",
                            const std::string& styles = "", bool date1904 = false,
                            const std::string& after_rows = "") {
  std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook ") + kMain + ">" +
           (date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
           "<sheets><sheet name=\"Tháng 3\" sheetId=\"1\" r:id=\"rId1\"/>"
           "<sheet name=\"Khác\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>"
       "<Relationship Id=\"rId1\" Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml",
       std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet ") + kMain +
           "><sheetData>" + rows + "</sheetData>" + after_rows + "</worksheet>"},
      {"xl/worksheets/sheet2.xml",
       std::string("<worksheet ") + kMain +
           "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
           "<t>not this sheet</t></is></c></row></sheetData></worksheet>"}};
  if (!shared.empty()) {
    parts.push_back(
        {"xl/sharedStrings.xml", std::string("<sst ") + kMain + ">" + shared + "</sst>"});
  }
  if (!styles.empty()) {
    parts.push_back(
        {"xl/styles.xml", std::string("<styleSheet ") + kMain + ">" + styles + "</styleSheet>"});
  }
  return zip_parts(parts);
}

// A tab of a workbook made by workbook_of: its name, its <sheetData>'s
// rows, its state ("hidden", "veryHidden"; "" shown), or a chart sheet.
struct FixtureSheet {
  std::string name;
  std::string rows;
  std::string state = "";
  bool chart = false;
};

// A workbook of the tabs given, in their order: a worksheet's part is
// xl/worksheets/sheetN.xml, a chart sheet's xl/chartsheets/sheetN.xml (N:
// its tab's, from 1); no shared strings or styles (cells inline).
inline std::string workbook_of(const std::vector<FixtureSheet>& sheets) {
  const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string tabs, relations;
  std::vector<std::pair<std::string, std::string>> parts;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const FixtureSheet& s = sheets[i];
    const std::string n = std::to_string(i + 1);
    tabs += "<sheet name=\"" + s.name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
            (s.state.empty() ? "" : " state=\"" + s.state + "\"") + "/>";
    const std::string kind = s.chart ? "chartsheet" : "worksheet";
    const std::string part = (s.chart ? "chartsheets/sheet" : "worksheets/sheet") + n + ".xml";
    relations +=
        "<Relationship Id=\"rId" + n + "\" Type=\"" + type + kind + "\" Target=\"" + part + "\"/>";
    parts.push_back({"xl/" + part, s.chart ? std::string("<chartsheet/>")
                                           : std::string("<worksheet ") + kMain + "><sheetData>" +
                                                 s.rows + "</sheetData></worksheet>"});
  }
  parts.push_back({"xl/workbook.xml", std::string("<workbook ") + kMain + "><sheets>" + tabs +
                                          "</sheets></workbook>"});
  parts.push_back({"xl/_rels/workbook.xml.rels",
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                   "relationships\">" +
                       relations + "</Relationships>"});
  return zip_parts(parts);
}

// A row of text cells (inline strings) from column A on, at line.
inline std::string text_row(int line, const std::vector<std::string>& cells) {
  std::string out = "<row r=\"" + std::to_string(line) + "\">";
  for (const std::string& cell : cells) {
    out += "<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
  }
  return out + "</row>";
}

}  // namespace chibo::testing
