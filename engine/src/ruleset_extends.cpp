#include "ruleset_extends.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "tailoring.h"
#include "yaml_reader.h"

namespace chibo {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxExtendsDepth = 32;

std::string id_of(const DocNode& node) {
  const DocNode* id = node.is_map() ? node.find("id") : nullptr;
  return id && id->is_scalar() ? id->scalar : "";
}

std::vector<std::string> yaml_files_in(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir.empty() ? "." : dir, ec)) {
    auto ext = entry.path().extension();
    if (ext == ".yaml" || ext == ".yml") out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Whether the file starts as a zip does ("PK\3\4"): an Excel workbook.
bool is_zip(const std::string& path) {
  std::error_code ec;  // a pipe is not opened here: it would wait for a writer
  if (!fs::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in.gcount() == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0;
}

constexpr const char* kRecordsNotRuleset =
    "not a ruleset: give the ruleset file here (with 'id:', 'criteria:', 'grades:', ...), and "
    "the records after it";

std::optional<DocNode> resolve(const std::string& path, Diagnostics& diags,
                               std::vector<fs::path>& chain, std::vector<Removal>* removed,
                               std::vector<std::string>* bases, Location* extends_where) {
  // A records file given for the ruleset (the files swapped on the command
  // line): a workbook was "not UTF-8 ... save it as UTF-8", a CSV "a
  // ruleset must be a map of keys".
  if (is_zip(path)) {
    diags.error(
        Location{path, 0, 0},
        fmt::format("this is an Excel workbook (or another zip file), {}", kRecordsNotRuleset));
    return std::nullopt;
  }
  std::optional<DocNode> doc = read_yaml_file(path, diags);
  if (!doc) return std::nullopt;
  if (doc->is_scalar() && doc->scalar.rfind("cell_id", 0) == 0) {
    diags.error(doc->where, fmt::format("this is a CSV of meeting records (its first line starts "
                                        "'cell_id'), {}",
                                        kRecordsNotRuleset));
    return std::nullopt;
  }
  if (doc->kind == DocNode::Kind::Null) {
    // Said as a file of the wrong shape, its author looked for a fault in
    // what they had written, where nothing was (a file saved before it was
    // written, or its text all commented out).
    diags.error(doc->where,
                "the file holds no ruleset: it is empty, or only blank lines and comments (a "
                "ruleset is a map of keys: id:, title:, criteria:, ...)");
    return std::nullopt;
  }
  if (!doc->is_map()) {
    diags.error(doc->where, "a ruleset must be a map of keys (id:, title:, criteria:, ...)");
    return std::nullopt;
  }
  // A meeting record given for the ruleset (the two files swapped on the
  // command line): one message, where each of its keys was "unknown key
  // in a ruleset" and each part of a ruleset "needed", some 30 lines.
  if (doc->find("cell_id") && !doc->find("id") && !doc->find("criteria") && !doc->find("forms") &&
      !doc->find("extends")) {
    diags.error(doc->where,
                fmt::format("this is a meeting record (it has 'cell_id'), {}", kRecordsNotRuleset));
    return std::nullopt;
  }
  const DocEntry* ext = doc->entry("extends");
  if (!ext) return doc;
  if (!ext->value.is_scalar() || ext->value.scalar.empty()) {
    diags.error(ext->value.where, "'extends' must be the path of the base ruleset file");
    return std::nullopt;
  }
  if (extends_where) *extends_where = ext->value.text_where();
  // Normalised, so that messages about the base name it plainly
  // (rulesets/trung-uong/hd12.yaml, not rulesets/hoa-binh/../trung-uong/...).
  fs::path base = (fs::path(path).parent_path() / ext->value.scalar).lexically_normal();
  std::error_code ec;
  if (fs::is_directory(base, ec)) {
    diags.error(ext->value.text_where(),
                fmt::format("'extends' names a folder, not a ruleset file: {}", base.string()));
    return std::nullopt;
  }
  if (fs::exists(base, ec) && !fs::is_regular_file(base, ec)) {
    diags.error(
        ext->value.text_where(),
        fmt::format("'extends' names {}, which is not a file (a pipe or a device)", base.string()));
    return std::nullopt;
  }
  if (!fs::is_regular_file(base, ec)) {
    std::string hint = did_you_mean(fs::path(ext->value.scalar).filename().string(),
                                    yaml_files_in(base.parent_path()));
    diags.error(
        ext->value.text_where(),
        fmt::format("'extends' names no ruleset: {} does not exist{}", base.string(), hint));
    return std::nullopt;
  }
  // The same file, however named (a link, another spelling of its folder):
  // by device and inode, which need no canonical path (one that cannot be
  // found, deeper than the system can name, made every base a "cycle").
  if (std::any_of(chain.begin(), chain.end(),
                  [&](const fs::path& c) { return fs::equivalent(c, base, ec); })) {
    std::string cycle;
    for (const fs::path& c : chain) cycle += c.filename().string() + " -> ";
    cycle += base.filename().string();
    diags.error(ext->value.text_where(), fmt::format("'extends' makes a cycle: {}", cycle));
    return std::nullopt;
  }
  // Each base is compared with every file before it: a chain thousands long
  // took minutes (5,000 were still running at 60 s). No province needs more
  // than a national sheet and its own, or a district's on top.
  if (chain.size() >= kMaxExtendsDepth) {
    diags.error(ext->value.text_where(),
                fmt::format("'extends' goes more than {} rulesets deep", kMaxExtendsDepth));
    return std::nullopt;
  }
  chain.push_back(base);
  if (bases) bases->push_back(base.string());
  std::optional<DocNode> base_doc = resolve(base.string(), diags, chain, removed, bases, nullptr);
  chain.pop_back();
  if (!base_doc) return std::nullopt;
  // Without an id of its own it kept the base's id and version: a score, a
  // ranking or a report made with it said it was made with the base.
  if (!doc->find("id")) {
    const DocNode* version = base_doc->find("version");
    diags.error(ext->key_where,
                fmt::format("a ruleset that extends another needs an 'id' of its own: without one "
                            "it keeps the base's id '{}' and version {}, and every score, ranking "
                            "and report made with it would name the base ruleset; add 'id: ...' "
                            "(and 'version: ...') to this file",
                            id_of(*base_doc),
                            version && version->is_scalar() ? version->scalar : "(none)"));
  } else if (!doc->find("version")) {
    // Its own id and the base's version: its results said a version of it
    // that was never written (version 3 of a tailoring made once). A
    // warning, as its id, its own, keeps its results apart from the base's.
    const DocNode* version = base_doc->find("version");
    diags.warning(doc->entry("id")->key_where,
                  fmt::format("this ruleset extends another and has no 'version' of its own: it "
                              "takes the base's version {}, and every score, ranking and report "
                              "made with it would give that number as its own; add 'version: "
                              "...' to this file",
                              version && version->is_scalar() ? version->scalar : "(none)"));
  }
  return apply_tailoring(*base_doc, base.string(), *doc, diags, removed);
}

}  // namespace

std::optional<DocNode> read_resolved_ruleset(const std::string& path, Diagnostics& diags,
                                             std::vector<Removal>* removed,
                                             std::vector<std::string>* bases,
                                             Location* extends_where) {
  std::vector<fs::path> chain{path};
  return resolve(path, diags, chain, removed, bases, extends_where);
}

}  // namespace chibo
