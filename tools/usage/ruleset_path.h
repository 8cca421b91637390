// Whether a ruleset's path names a file that can be read, in the office
// user's words: a path typed wrong is their own mistake, not one for the
// engine's English "cannot open the file" (that is for the ruleset's author).
// Shared by chibo and chibo-gen, which say it alike.
#pragma once

#include <string>

namespace chibo::cli {

// Why the ruleset at path cannot be read ("tệp có tồn tại, và có quyền đọc
// không?", a folder, '-'), or "" when it may be. Said as
//   chibo: không mở được tệp bộ tiêu chí 'x.yaml' (tệp có tồn tại, ...)
std::string ruleset_path_problem(const std::string& path);

}  // namespace chibo::cli
