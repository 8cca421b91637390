#pragma once

#include <streambuf>
#include <vector>

namespace chibo::cli {

// A stream's buffer over descriptor fd that keeps the system's reason for
// its first failed write. Hand-written because std::filebuf drops it, and
// errno read afterwards is some later call's (a full disk was reported as
// "Resource temporarily unavailable" while the scoring threads waited).
class ReasonKeepingBuf : public std::streambuf {
 public:
  explicit ReasonKeepingBuf(int fd);
  // The errno of the first write that failed, or 0.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  void reset();
  // Writes what the buffer holds; false (error_ set) when a write failed.
  bool drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

}  // namespace chibo::cli
