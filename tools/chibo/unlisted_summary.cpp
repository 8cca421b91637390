#include "unlisted_summary.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/diagnostic.h"
#include "chibo/number_format.h"

namespace chibo::cli {

namespace {

// 0: a listed cell offered (records to mend), 1: one near, told why it is
// not offered, 2: none near. When there are more cells than are named, those
// with a hint are named first: the rest say nothing the records' own lines
// have not.
int usefulness(const UnlistedCells::Cell& c) {
  if (!c.offered.empty()) return 0;
  return c.near.empty() ? 2 : 1;
}

}  // namespace

void say_unlisted_cells(std::vector<UnlistedCells::Cell> cells, const std::string& units_file,
                        std::int64_t listed_named, std::int64_t records_read, std::ostream& err) {
  if (cells.empty()) return;
  // The most useful first, then by id: a base committee's cells together.
  std::sort(cells.begin(), cells.end(),
            [](const UnlistedCells::Cell& a, const UnlistedCells::Cell& b) {
              const int ua = usefulness(a), ub = usefulness(b);
              return ua != ub ? ua < ub : a.id < b.id;
            });
  std::int64_t records = 0;
  for (const UnlistedCells::Cell& c : cells) records += c.records;
  // One write: standard error is unbuffered.
  std::string text = fmt::format(
      "chibo: {} chi bộ có bản ghi nhưng không có trong danh sách đơn vị {}, {} bản ghi của "
      "{} bị loại (xem ở trên):\n",
      format_count(static_cast<std::int64_t>(cells.size())), one_line(units_file),
      format_count(records), cells.size() == 1 ? "chi bộ đó" : "các chi bộ đó");
  std::string hint_above;
  for (std::size_t i = 0; i < cells.size() && i < kUnlistedNamedAtMost; ++i) {
    const UnlistedCells::Cell& c = cells[i];
    const std::string where = fmt::format("{}:{}", one_line(c.first.file), c.first.line);
    // Those rejected for a fault of their own are counted apart: their
    // lines above say that fault, not the list's, and the cell added to the
    // list, they are still rejected.
    if (c.records == 1) {
      text += fmt::format("  '{}': 1 bản ghi ({}{})", one_line(c.id), where,
                          c.faulty > 0 ? ", bị loại vì lỗi khác" : "");
    } else {
      text += fmt::format(
          "  '{}': {} bản ghi{}, bản ghi đầu ở {}", one_line(c.id), format_count(c.records),
          c.faulty > 0 ? fmt::format(" ({} bị loại vì lỗi khác)", format_count(c.faulty)) : "",
          where);
    }
    std::string hint = one_line(UnlistedCells::hint(c));
    // A listed cell near many (a list of one cell, a base committee left
    // out beside another's cells) is named with the same meeting for each:
    // said whole once, then "như trên", so that the note stays short.
    if (!c.near.empty() && hint == hint_above) {
      text += fmt::format("; mã gần giống '{}': như trên", one_line(c.near));
    } else if (!hint.empty()) {
      text += "; " + hint;
    }
    hint_above = std::move(hint);
    text += '\n';
  }
  if (cells.size() > kUnlistedNamedAtMost) {
    text +=
        fmt::format("  và {} chi bộ khác\n",
                    format_count(static_cast<std::int64_t>(cells.size() - kUnlistedNamedAtMost)));
  }
  text += fmt::format(
      "chibo: nếu đó là chi bộ mới, chi bộ đã đổi mã, hay chi bộ của một đảng bộ cơ sở chưa có "
      "trong danh sách, hãy thêm vào danh sách đơn vị {} rồi chạy lại; nếu mã trong bản ghi bị "
      "ghi nhầm, hãy sửa mã trong các bản ghi đó\n",
      one_line(units_file));
  // A wrong list (another district's, a list of one cell) is said as such:
  // its note reads as cells new or typed wrong, thousands of them.
  const auto unlisted = static_cast<std::int64_t>(cells.size());
  if (units_list_looks_wrong(unlisted, listed_named)) {
    const std::string how_many =
        listed_named == 0
            ? fmt::format("không có chi bộ nào trong {} chi bộ có bản ghi", format_count(unlisted))
            : fmt::format("thiếu {} trong số {} chi bộ có bản ghi", format_count(unlisted),
                          format_count(unlisted + listed_named));
    text += fmt::format(
        "chibo: cảnh báo: danh sách đơn vị {} {} ({} trong số {} bản ghi đã đọc bị loại vì "
        "thế): có lẽ đã đưa nhầm tệp (danh sách của huyện, tỉnh khác, hay một bản cũ); hãy "
        "kiểm tra tệp ghi sau --units rồi chạy lại\n",
        one_line(units_file), how_many, format_count(records), format_count(records_read));
  }
  err << text;
}

}  // namespace chibo::cli
