// Writes a Doc tree back as YAML text (for `chibo resolve`), keys in order.
#pragma once

#include <string>

#include "doc.h"

namespace chibo {

std::string write_yaml(const DocNode& doc);

}  // namespace chibo
