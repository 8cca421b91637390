#include "progress_bar.h"

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/number_format.h"

namespace chibo::cli {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ProgressSink::ProgressSink(ScoreSink& inner, std::ostream& err, std::string file, std::istream& in,
                           std::int64_t total_bytes)
    : inner_(inner),
      err_(err),
      file_(std::move(file)),
      in_(in),
      total_bytes_(total_bytes),
      started_(std::chrono::steady_clock::now()),
      last_drawn_(started_) {}

ProgressSink::~ProgressSink() { clear(); }

void ProgressSink::clear() {
  if (!shown_) return;
  err_ << "\r\033[K" << std::flush;  // carriage return, erase to the end of the line
  shown_ = false;
}

void ProgressSink::rejected(const Location& where, const std::string& why) {
  clear();
  inner_.rejected(where, why);
}

void ProgressSink::problem(const Diagnostic& d) {
  clear();
  inner_.problem(d);
}

void ProgressSink::progress(const RunCounts& counts) {
  inner_.progress(counts);
  const auto now = std::chrono::steady_clock::now();
  // Runs shorter than a second stay silent; then a few redraws a second.
  if (now - started_ < std::chrono::seconds(1) ||
      now - last_drawn_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_drawn_ = now;
  std::string line = fmt::format("chibo: {} ", file_);
  const std::streamoff at = total_bytes_ > 0 ? static_cast<std::streamoff>(in_.tellg()) : -1;
  if (at >= 0) {
    const auto percent =
        static_cast<int>(100 * static_cast<double>(at) / static_cast<double>(total_bytes_));
    constexpr int kWidth = 20;
    const int filled = kWidth * std::min(percent, 100) / 100;
    line += fmt::format("[{}{}] {:3}% ", std::string(static_cast<std::size_t>(filled), '#'),
                        std::string(static_cast<std::size_t>(kWidth - filled), '.'), percent);
  }
  line += fmt::format("({} bản ghi)", format_count(counts.read));
  err_ << '\r' << line << "\033[K" << std::flush;
  shown_ = true;
}

}  // namespace chibo::cli
