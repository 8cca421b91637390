#include "yaml_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "utf16.h"
#include "utf8.h"
#include "yaml_budget.h"
#include "yaml_builder.h"
#include "yaml_location.h"
#include "yaml_missing_colon.h"
#include "yaml_quote.h"

namespace chibo {
namespace {

// syntax_message for the office staff who write records and units lists:
// the mistakes they make, in Vietnamese (the rarest keep yaml-cpp's words).
std::string vietnamese_syntax(const std::string& msg, bool tab) {
  if (msg == "end of sequence flow not found") {
    return "thiếu dấu ']' để đóng danh sách mở bằng '[' trước đó";
  }
  if (msg == "end of map flow not found")
    return "thiếu dấu '}' để đóng bảng khóa mở bằng '{' trước đó";
  if (tab) return "dòng này thụt vào bằng ký tự Tab: hãy thụt dòng bằng dấu cách";
  if (msg == "illegal map value") {
    return "không thể có khóa ở chỗ này: hoặc dòng này thụt vào sâu hơn khóa ở dòng trên (các "
           "khóa của cùng một bảng khóa phải bắt đầu ở cùng một cột), hoặc giá trị có chứa ': ' "
           "mà chưa đặt trong ngoặc kép";
  }
  if (msg == "end of map not found" || msg == "end of sequence not found") {
    return "dòng này không thẳng hàng với các dòng trên: các khóa của cùng một bảng khóa phải "
           "bắt đầu ở cùng một cột, các mục ('- ') của cùng một danh sách cũng vậy";
  }
  if (msg == "illegal block entry") {
    return "mục danh sách ('- ') không được viết ngay sau khóa trên cùng một dòng: hãy xuống "
           "dòng và thụt vào";
  }
  if (msg == "unknown token") {
    return "ký tự này không được đứng đầu một giá trị: hãy đặt cả giá trị trong ngoặc kép";
  }
  if (msg.rfind("unknown escape character: ", 0) == 0) {
    const std::string c = msg.substr(26);
    return fmt::format(
        "'\\{}' không hợp lệ trong ngoặc kép: viết dấu '\\' thành '\\\\', hoặc "
        "đặt giá trị trong dấu nháy đơn '...'",
        c);
  }
  if (msg == "illegal flow end") {
    return "dấu ']' hoặc '}' thừa, không có dấu mở tương ứng: nếu đó là một phần của giá trị, hãy "
           "đặt giá trị trong ngoặc kép";
  }
  if (msg == "the referenced anchor is not defined") {
    return "'*' ở đầu giá trị được hiểu là tham chiếu đến một &tên không có trong tệp: nếu '*' "
           "là một phần của giá trị, hãy đặt giá trị trong ngoặc kép";
  }
  return msg;
}

// yaml-cpp's message, in plainer words where it has a usual cause (its
// rarer ones keep its English words, in either language).
std::string syntax_message(std::string_view text, const YAML::Exception& e, Language language) {
  const bool vi = language == Language::Vietnamese;
  std::string msg = e.msg;
  // A tab in the indentation of the line is the usual reason for the rest:
  // said, and not mistaken for a line indented by a space too many or few.
  bool tab = false;
  if (!e.mark.is_null() && e.mark.pos >= 0) {
    auto pos = std::min(static_cast<std::size_t>(e.mark.pos), text.size());
    std::size_t start = line_start(text, pos);
    std::size_t indent_end = text.find_first_not_of(" \t", start);
    std::string_view indent = text.substr(start, std::min(indent_end, text.size()) - start);
    tab = indent.find('\t') != std::string_view::npos;
  }
  // yaml-cpp names a bad escape by one byte, the one before its mark: a
  // letter with a diacritic ("\Đường") is taken whole from the text.
  constexpr std::string_view kEscape = "unknown escape character: ";
  if (msg.size() > kEscape.size() && msg.compare(0, kEscape.size(), kEscape) == 0 &&
      !e.mark.is_null() && e.mark.pos > 0 && static_cast<std::size_t>(e.mark.pos) <= text.size()) {
    const auto at = static_cast<std::size_t>(e.mark.pos) - 1;
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead == static_cast<unsigned char>(msg[kEscape.size()]) && lead >= 0xC0) {
      const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      msg = std::string(kEscape) + std::string(text.substr(at, length));
    }
  }
  if (vi) return vietnamese_syntax(msg, tab);
  if (msg == "end of sequence flow not found") {
    msg = "a list opened with '[' is not closed with ']'";
  } else if (msg == "end of map flow not found") {
    msg = "a map opened with '{' is not closed with '}'";
  } else if (tab) {
    // yaml-cpp's words as they are
  } else if (msg == "illegal map value") {
    msg =
        "a key where none can start: is this line indented more than the key above it? (the "
        "keys of one map start in the same column; a text holding ': ' needs quotes)";
  } else if (msg == "end of map not found" || msg == "end of sequence not found") {
    msg =
        "this line does not line up with the lines above it: the keys of one map start in the "
        "same column, and so do the items ('- ') of one list";
  } else if (msg == "illegal block entry") {
    msg = "a list item ('- ') cannot follow a key on its line: start it on the next line, indented";
  } else if (msg == "unknown token") {
    msg = "this sign cannot start a value: put the whole value in quotes";
  } else if (msg.rfind("unknown escape character: ", 0) == 0) {
    msg = fmt::format(
        "'\\{}' is not allowed in double quotes: write the '\\' as '\\\\', or put the value "
        "in single quotes '...'",
        msg.substr(26));
  } else if (msg == "illegal flow end") {
    msg = "a ']' or '}' that closes nothing: if it is part of the value, put the value in quotes";
  } else if (msg == "the referenced anchor is not defined") {
    msg =
        "a '*' starting a value refers to an &name, and the file has none such: if the '*' is "
        "part of the value, put the value in quotes";
  }
  if (tab) msg += " (indent with spaces, not tabs)";
  return msg;
}

// A place in a file's text, as people count: line and column (in
// characters) from 1; line 0: none.
struct TextPlace {
  int line = 0, column = 0;
};

// Where the nesting of flow collections ('[' and '{' outside quotes and
// comments) passes limit, at the bracket that opens one too many (line 0
// when it does not): checked before yaml-cpp parses, since its parser
// recurses once per level.
TextPlace flow_too_deep(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  int line = 1;
  std::size_t line_begin = 0;
  char quote = 0;
  bool comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      line_begin = i + 1;
      comment = false;
      if (quote == 0) continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if ((c == '"' || c == '\'') &&
        (i == 0 || std::string_view(" \t[{,:\n").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      comment = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return {line, column_after(text, line_begin, i, 1)};
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return {};
}

// Where a second document's content starts (line 0: none): YAML::Load
// reads the first document and ignores the rest (a syntax error in it too),
// and YAML::LoadAll can loop without end on broken text (a fuzzer found
// one). A line that is "---" (alone or before content) at its start always
// starts a document; one that follows content starts a second when some
// content follows it.
TextPlace second_document(std::string_view text) {
  bool content = false, second = false;
  int line = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(at, end - at);
    at = end + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    const bool marker = l.substr(0, 3) == "---" && (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
    if (marker) {
      if (content) second = true;
      l.remove_prefix(3);
    } else if (l == "..." || (!content && !l.empty() && l[0] == '%')) {
      continue;  // a document's end; a directive before the first
    }
    const std::size_t first = l.find_first_not_of(" \t");
    if (first == std::string_view::npos || l[first] == '#') continue;
    // Spaces, tabs and "---" before it: a byte a character.
    if (second) return {line, static_cast<int>(first + (marker ? 3 : 0)) + 1};
    content = true;
  }
  return {};
}

// YAML 1.2 breaks lines at a CR alone too (old Mac files); yaml-cpp only at
// LF and CRLF, and read a CR-only file as one line: its first comment, so an
// empty file. A copy with each lone CR made LF, or empty when there is none.
std::string lone_cr_as_lf(std::string_view text) {
  std::string out;
  for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (out.empty()) out = text;
    out[i] = '\n';
  }
  return out;
}

// A key's line without its ':' (or the space after it), as missing_colon
// found it, said at that line.
void say_missing_colon(const MissingColon& colon, const std::string& file, Diagnostics& diags,
                       Language language) {
  const char* go_on =
      !colon.may_go_on ? ""
      : language == Language::Vietnamese
          ? "; còn nếu dòng này viết tiếp nội dung của dòng trên thì hãy thụt vào sâu hơn khóa "
            "của dòng đó"
          : "; or, if it goes on with the text of the line above, indent it further than that "
            "line's key";
  // The space after ':' left out, or the ':' itself (then the line may go on
  // the text above; as the last line, it is a key with no value).
  const auto message =
      colon.no_space
          ? say(language,
                "YAML syntax: this line has no space after the ':' of its key '{0}': write "
                "'{1}' (without it, the line is one text, not a key and its value)",
                "lỗi cú pháp YAML: dòng này thiếu dấu cách sau dấu ':' của khóa '{0}': hãy "
                "viết '{1}' (thiếu nó, cả dòng bị đọc thành một đoạn chữ, không phải khóa và "
                "giá trị)")
      : colon.at_end
          ? say(language,
                "YAML syntax: this line has no ':' after its key '{0}': write '{1}' (without "
                "it, the whole line is read as a key with no value){2}",
                "lỗi cú pháp YAML: dòng này thiếu dấu ':' sau khóa '{0}': hãy viết '{1}' "
                "(thiếu nó, cả dòng bị đọc thành một khóa không có giá trị){2}")
          : say(language,
                "YAML syntax: this line has no ':' after its key '{0}': write '{1}' (without "
                "it, the lines after it are read as part of its text){2}",
                "lỗi cú pháp YAML: dòng này thiếu dấu ':' sau khóa '{0}': hãy viết '{1}' "
                "(thiếu nó, các dòng sau bị đọc thành một phần của dòng này){2}");
  diags.error({file, colon.line, colon.column}, fmt::format(message, colon.key, colon.fix, go_on));
}

}  // namespace

std::optional<DocNode> read_yaml(std::string_view text, const std::string& file, Diagnostics& diags,
                                 const DocItemSink* each_item, Language language, TopMap top_map) {
  if (auto bad = find_invalid_utf8(text)) {
    // At its line and column (in characters, as every other message): a
    // file saved by Notepad as "ANSI" (Windows-1258), or typed in TCVN3 or
    // VNI, is found at its first accented letter, which can be gone to; a
    // byte offset alone was no help (a records or units list said no column).
    const auto before = text.substr(0, *bad);
    const auto on_line = before.substr(before.rfind('\n') + 1);  // npos + 1 is 0
    const auto column = std::count_if(on_line.begin(), on_line.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const Location where{file, line, static_cast<int>(column) + 1};
    if (language == Language::Vietnamese) {
      // The byte counted from 1, as people count, too.
      diags.error(where, fmt::format("tệp không phải văn bản UTF-8 (byte thứ {} của tệp); hãy lưu "
                                     "tệp dạng UTF-8 (tệp có thể đang dùng bảng mã TCVN3 hoặc VNI)",
                                     *bad + 1));
    } else {
      diags.error(where,
                  "the file is not UTF-8 from here: it was saved in another encoding, such as "
                  "Windows-1258 (Notepad's \"ANSI\"), TCVN3 or VNI; save it as UTF-8");
    }
    return std::nullopt;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string unified = lone_cr_as_lf(text);
  if (!unified.empty()) text = unified;
  if (const TextPlace deep = flow_too_deep(text, limits().max_yaml_depth); deep.line > 0) {
    diags.error({file, deep.line, deep.column}, depth_message(language));
    return std::nullopt;
  }
  Diagnostics found;  // this file's own problems (diags may hold others')
  DocNode doc;
  try {
    doc = build_doc(text, file, found, each_item, language, top_map);
  } catch (const YAML::DeepRecursion&) {
    // Block nesting (flow_too_deep sees only brackets) past yaml-cpp's own
    // 500 levels: its "bad file" came after the builder stopped at
    // max_yaml_depth, which said where, or the builder said yaml-cpp's depth
    // (a limit raised over 500).
    diags.append(found);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    std::optional<MissingColon> colon =
        e.msg == "illegal map value" && e.mark.pos >= 0
            ? missing_colon(text, static_cast<std::size_t>(e.mark.pos))
            : std::nullopt;
    // The last line without its ':', a comment after it: yaml-cpp stops at it.
    if (e.msg == "end of map not found" && !colon) {
      colon = missing_colon_at_end(text);
      if (colon && colon->line != e.mark.line + 1) colon.reset();
    }
    if (colon) {
      say_missing_colon(*colon, file, diags, language);
      return std::nullopt;
    }
    // A quoted text left open on its line and closed lines later: yaml-cpp
    // stops after its end, on a line that is fine; said at its start.
    if (e.mark.pos >= 0) {
      if (const std::optional<SpanningQuote> q =
              quote_closed_on_error_line(text, static_cast<std::size_t>(e.mark.pos))) {
        diags.error(location_in(text, file, q->mark),
                    fmt::format(say(language,
                                    "YAML syntax: a text opened with {0} here is not closed on "
                                    "its line: it runs on to the {0} on line {1}, where the "
                                    "syntax then fails; add the closing {0} at the end of the "
                                    "value on this line",
                                    "lỗi cú pháp YAML: giá trị mở bằng dấu {0} ở đây không được "
                                    "đóng trên dòng này: nó kéo dài đến dấu {0} ở dòng {1}, và "
                                    "cú pháp hỏng ngay sau đó; hãy thêm dấu {0} đóng ở cuối giá "
                                    "trị trên dòng này"),
                                q->quote, q->closed_line));
        return std::nullopt;
      }
    }
    // A bad escape is marked past its letter: said at its backslash.
    YAML::Mark mark = e.mark;
    if (e.msg.rfind("unknown escape character: ", 0) == 0 && mark.pos >= 2 &&
        static_cast<std::size_t>(mark.pos) <= text.size() &&
        text[static_cast<std::size_t>(mark.pos) - 2] == '\\') {
      mark.pos -= 2;
    }
    Location where = location_in(text, file, mark);
    diags.error(where, fmt::format(say(language, "YAML syntax: {}", "lỗi cú pháp YAML: {}"),
                                   syntax_message(text, e, language)));
    return std::nullopt;
  }
  // The last line without its ':' (or the space after it): yaml-cpp read it
  // as a key with no value ("members 12"), and the key it meant as missing.
  if (const std::optional<MissingColon> colon = missing_colon_at_end(text)) {
    say_missing_colon(*colon, file, diags, language);
    return std::nullopt;
  }
  if (const TextPlace second = second_document(text); second.line > 0) {
    diags.error({file, second.line, second.column},
                language == Language::Vietnamese
                    ? "phần sau dòng '---' là một tài liệu YAML thứ hai: mỗi tệp chỉ được có một "
                      "(nhiều cuộc sinh hoạt hoặc nhiều đơn vị thì ghi chung trong một danh sách, "
                      "mỗi mục bắt đầu bằng '- ')"
                    : "a second YAML document ('---' starts it): a file holds one (several "
                      "meetings, or units, go in one list: - ...)");
    return std::nullopt;
  }
  diags.append(found);
  // A limit passed is one of them (the rest of the document was not built).
  if (found.has_errors()) return std::nullopt;
  return doc;
}

bool read_at_most(std::istream& in, std::size_t limit, std::string& out) {
  out.clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    out.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (out.size() > limit) {
      out.clear();
      return false;
    }
  }
  utf16_file_to_utf8(out);
  return true;
}

void file_too_large(const std::string& name, Diagnostics& diags, Language language) {
  const std::size_t limit = limits().max_file_bytes;
  diags.error({name, 0, 0},
              language == Language::Vietnamese
                  ? fmt::format("tệp lớn hơn {} byte (giới hạn max_file_bytes)",
                                format_count(static_cast<std::int64_t>(limit)))
                  : fmt::format("the file is larger than {} bytes (limit max_file_bytes)", limit));
}

bool read_limited(std::istream& in, const std::string& name, std::string& out, Diagnostics& diags,
                  Language language) {
  if (read_at_most(in, limits().max_file_bytes, out)) return true;
  file_too_large(name, diags, language);
  return false;
}

std::optional<DocNode> read_yaml_file(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {  // opens, and reads as empty
    diags.error({path, 0, 0}, "this is a folder, not a YAML file");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot open the file (does it exist, and may it be read?)");
    return std::nullopt;
  }
  std::string content;
  if (!read_limited(in, path, content, diags)) return std::nullopt;
  return read_yaml(content, path, diags);
}

}  // namespace chibo
