// The loaders take paths; a fuzz input is written to one private file,
// rewritten for every input and removed when the fuzzer exits.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace chibo::fuzzing {

// The file's name, removed with it when the process exits.
struct InputFile {
  std::string path;
  ~InputFile() { std::remove(path.c_str()); }
};

inline std::string input_file(const std::uint8_t* data, std::size_t size, const char* suffix) {
  static const InputFile file{"/tmp/chibo-fuzz-" + std::to_string(::getpid()) + "-input" + suffix};
  const std::string& path = file.path;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) __builtin_trap();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) __builtin_trap();
  std::fclose(f);
  return path;
}

}  // namespace chibo::fuzzing
