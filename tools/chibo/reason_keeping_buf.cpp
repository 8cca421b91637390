#include "reason_keeping_buf.h"

#include <unistd.h>

#include <cerrno>

namespace chibo::cli {

ReasonKeepingBuf::ReasonKeepingBuf(int fd) : fd_(fd), buffer_(std::size_t{1} << 16) { reset(); }

ReasonKeepingBuf::int_type ReasonKeepingBuf::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int ReasonKeepingBuf::sync() { return drain() ? 0 : -1; }

void ReasonKeepingBuf::reset() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

bool ReasonKeepingBuf::drain() {
  if (error_ != 0) return false;
  for (const char* at = pbase(); at < pptr();) {
    const ssize_t wrote = ::write(fd_, at, static_cast<std::size_t>(pptr() - at));
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      error_ = wrote < 0 ? errno : EIO;
      return false;
    }
    at += wrote;
  }
  reset();
  return true;
}

}  // namespace chibo::cli
