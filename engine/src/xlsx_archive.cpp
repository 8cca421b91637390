#include "xlsx_archive.h"

#include <fmt/format.h>
#include <zip.h>

#include "chibo/number_format.h"

namespace chibo {

XlsxArchive::XlsxArchive(std::string_view bytes, std::string& why) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) {
    zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip_) zip_source_free(source);
  }
  if (!zip_) {
    // A workbook cut short has no zip directory at its end: "not a zip" too.
    const int code = zip_error_code_zip(&error);
    why = code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS
              ? std::string("tệp không phải tệp nén .xlsx, hoặc đã hỏng hay bị cắt ngắn")
              : fmt::format("không mở được tệp nén ({})", zip_error_strerror(&error));
  }
  zip_error_fini(&error);
}

XlsxArchive::~XlsxArchive() {
  if (zip_) zip_discard(zip_);
}

std::optional<std::string> XlsxArchive::part(const std::string& name, std::size_t max_bytes,
                                             bool needed, std::string& why) {
  const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
  if (index < 0) {
    if (!needed) return std::string();
    why = fmt::format("thiếu phần '{}' của sổ tính", name);
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    why = fmt::format("không giải nén được '{}' ({})", name, zip_strerror(zip_));
    return std::nullopt;
  }
  std::string out;
  char chunk[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
    if (got < 0) {
      why = fmt::format("không giải nén được '{}' ({})", name, zip_file_strerror(file));
      zip_fclose(file);
      return std::nullopt;
    }
    if (got == 0) break;
    out.append(chunk, static_cast<std::size_t>(got));
    unpacked_ += static_cast<std::size_t>(got);
    if (out.size() > max_bytes) {  // a zip bomb, or a sheet past the file limit
      why = fmt::format("phần '{}' giải nén ra hơn {} byte (giới hạn max_file_bytes)", name,
                        format_count(static_cast<std::int64_t>(max_bytes)));
      zip_fclose(file);
      return std::nullopt;
    }
  }
  zip_fclose(file);
  return out;
}

bool XlsxArchive::parse(const std::string& name, std::size_t max_bytes, bool needed,
                        XmlReader& reader, std::string& why) {
  std::optional<std::string> text = part(name, max_bytes, needed, why);
  return text && (text->empty() || reader.parse(*text, name, why));
}

}  // namespace chibo
