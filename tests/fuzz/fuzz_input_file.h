// The loaders take paths; a fuzz input is written to one private file,
// rewritten for every input.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace chibo::fuzzing {

inline std::string input_file(const std::uint8_t* data, std::size_t size, const char* suffix) {
  static const std::string path =
      "/tmp/chibo-fuzz-" + std::to_string(::getpid()) + "-input" + suffix;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) __builtin_trap();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) __builtin_trap();
  std::fclose(f);
  return path;
}

}  // namespace chibo::fuzzing
