// CsvReader's UTF-16 input (a sheet saved as "Unicode Text", with or
// without its byte-order mark): told by the file's first bytes, decoded to
// UTF-8 as it is read, so the rest of the reader sees UTF-8 only.
#include <cstring>

#include "csv_reader.h"
#include "utf16.h"

namespace chibo {

bool CsvReader::sniff_utf16() {
  // Once a file: its first bytes (fewer in a shorter file) tell UTF-16, with
  // or without a mark; they are decoded by fill_utf16 then, else kept.
  char start[kUtf16StartBytes];
  in_.read(start, sizeof start);
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (got < sizeof start) eof_ = true;
  const Utf16Start utf16 = utf16_start({start, got});
  utf16_ = utf16.order;
  if (utf16_ != Utf16::No) {
    undecoded_.assign(start + utf16.mark, got - utf16.mark);  // the mark is dropped
    return true;
  }
  if (buffer_.size() < filled_ + got) buffer_.resize(filled_ + got);
  std::memcpy(buffer_.data() + filled_, start, got);
  filled_ += got;
  return !eof_;
}

bool CsvReader::fill_utf16() {
  // The bytes sniffed are decoded first, even when they were the whole input.
  const std::size_t before = filled_;
  do {
    if (!eof_) {
      const std::size_t kept = undecoded_.size();
      undecoded_.resize(kept + chunk_size_);
      in_.read(undecoded_.data() + kept, static_cast<std::streamsize>(chunk_size_));
      const auto got = static_cast<std::size_t>(in_.gcount());
      undecoded_.resize(kept + got);
      if (got < chunk_size_) eof_ = true;
    }
    decoded_.clear();
    undecoded_.erase(0, append_utf16_as_utf8(undecoded_, utf16_, eof_, decoded_));
    if (buffer_.size() < filled_ + decoded_.size()) buffer_.resize(filled_ + decoded_.size());
    if (!decoded_.empty()) std::memcpy(buffer_.data() + filled_, decoded_.data(), decoded_.size());
    filled_ += decoded_.size();
  } while (filled_ == before && !eof_);
  return filled_ > before;
}

}  // namespace chibo
