#include "tailoring.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"

namespace chibo {
namespace {

// Keys of a rule; an override that brings a new one (kNewRuleKeys) drops
// them all. `points`, `otherwise` and `reason` belong to a condition rule:
// go with it, but alone change it (an override of the reason's wording
// alone took the rule away, and the item "needed a rule").
constexpr const char* kRuleKeys[] = {"when",         "points",     "otherwise", "reason", "bands",
                                     "proportional", "deductions", "bonus",     "formula"};
constexpr const char* kNewRuleKeys[] = {"when",       "bands", "proportional",
                                        "deductions", "bonus", "formula"};

const char* kSections = "inputs, derived, checks, criteria, grades, forms";

std::string id_of(const DocNode& node) {
  const DocNode* id = node.is_map() ? node.find("id") : nullptr;
  return id && id->is_scalar() ? id->scalar : "";
}

// Something an override, removal or addition names: a map entry
// (inputs.ID, derived.ID) or an element of a list (criteria, checks, ...).
struct Target {
  std::vector<DocEntry>* entries = nullptr;
  std::vector<DocNode>* list = nullptr;
  std::size_t index = 0;
  std::string group;  // a criterion's: the group it is an item of ("" at the top)
  std::string form;   // a criterion's: the id of the form it is in ("" in 'criteria')
  DocNode& node() const { return entries ? (*entries)[index].value : (*list)[index]; }
  // Where the thing is said to be: the node, and in a map (inputs, derived
  // values) the key that names it too.
  void move_to(const Location& where) const {
    node().where = where;
    if (entries) (*entries)[index].key_where = where;
  }
  void erase() const {
    auto at = static_cast<std::ptrdiff_t>(index);
    if (entries) {
      entries->erase(entries->begin() + at);
    } else {
      list->erase(list->begin() + at);
    }
  }
};

// A criteria list: a ruleset's one sheet ('criteria', form "") or a form's.
struct CriteriaList {
  DocNode* list = nullptr;
  std::string form;
};

void find_criteria(const CriteriaList& in, const std::string& id, std::vector<Target>& out,
                   const std::string& group = "") {
  DocNode* list = in.list;
  if (!list || !list->is_seq()) return;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    DocNode& node = list->items[i];
    if (id_of(node) == id) out.push_back({nullptr, &list->items, i, group, in.form});
    find_criteria({node.is_map() ? node.find("items") : nullptr, in.form}, id, out, id_of(node));
  }
}

void collect_criteria(const DocNode* list, std::vector<std::string>& out) {
  if (!list || !list->is_seq()) return;
  for (const DocNode& node : list->items) {
    if (!id_of(node).empty()) out.push_back("criteria." + id_of(node));
    collect_criteria(node.is_map() ? node.find("items") : nullptr, out);
  }
}

std::vector<CriteriaList> criteria_lists(DocNode& root) {
  std::vector<CriteriaList> lists{{root.find("criteria"), ""}};
  if (DocNode* forms = root.find("forms"); forms && forms->is_seq()) {
    for (DocNode& form : forms->items) {
      if (form.is_map()) lists.push_back({form.find("criteria"), id_of(form)});
    }
  }
  return lists;
}

std::vector<std::string> all_targets(DocNode& root) {
  std::vector<std::string> out;
  for (const char* section : {"inputs", "derived"}) {
    if (const DocNode* map = root.find(section); map && map->is_map()) {
      for (const DocEntry& e : map->entries) out.push_back(std::string(section) + "." + e.key);
    }
  }
  for (const char* section : {"checks", "grades", "forms"}) {
    if (const DocNode* seq = root.find(section); seq && seq->is_seq()) {
      for (const DocNode& n : seq->items) {
        if (!id_of(n).empty()) out.push_back(std::string(section) + "." + id_of(n));
      }
    }
  }
  for (const CriteriaList& list : criteria_lists(root)) collect_criteria(list.list, out);
  return out;
}

class Tailor {
 public:
  Tailor(DocNode& out, const std::string& base_file, Diagnostics& diags)
      : out_(out), base_file_(base_file), diags_(diags) {}

  // What `path` (SECTION.ID) names, later elements first so that erasing
  // them in order keeps the rest valid. Reports and returns {} if nothing.
  std::vector<Target> targets(const std::string& path, const Location& where, const char* op) {
    auto dot = path.find('.');
    std::string section = path.substr(0, dot);
    std::string id = dot == std::string::npos ? "" : path.substr(dot + 1);
    if (dot == std::string::npos || id.empty() ||
        (section != "inputs" && section != "derived" && section != "checks" &&
         section != "criteria" && section != "grades" && section != "forms")) {
      diags_.error(where, fmt::format("'{}' does not name anything: {}", path,
                                      sectionless_fix(section, id.empty() ? section : id)));
      return {};
    }
    std::vector<Target> found;
    if (section == "inputs" || section == "derived") {
      if (DocNode* map = out_.find(section); map && map->is_map()) {
        for (std::size_t i = 0; i < map->entries.size(); ++i) {
          if (map->entries[i].key == id) found.push_back({&map->entries, nullptr, i, "", ""});
        }
      }
    } else if (section == "criteria") {
      for (const CriteriaList& list : criteria_lists(out_)) find_criteria(list, id, found);
    } else if (DocNode* seq = out_.find(section); seq && seq->is_seq()) {
      for (std::size_t i = 0; i < seq->items.size(); ++i) {
        if (id_of(seq->items[i]) == id) found.push_back({nullptr, &seq->items, i, "", ""});
      }
    }
    if (found.empty()) {
      // One this file's 'remove' took is in the base ("names nothing" was false).
      auto gone = removed_.find(path);
      std::string other = in_other_section(id);
      diags_.error(
          where,
          gone != removed_.end()
              ? fmt::format("'{}' {} in this file, so there is nothing left to "
                            "{}: keep the one you mean",
                            path, gone->second, op)
              : fmt::format("'{}' names nothing in the base ruleset {}{}", path, base_file_,
                            other.empty() ? near_in_section(section, id)
                                          : fmt::format("; '{}' is there as '{}'", id, other)));
    }
    std::reverse(found.begin(), found.end());
    return found;
  }

  // "; did you mean 'SECTION.X'?" for an id of that section near `id`, or "".
  // The ids alone are compared: with the section's name in both, a third of
  // the longer text let 'criteria.dung_gio' be 'criteria.thong_bao'.
  std::string near_in_section(const std::string& section, const std::string& id) {
    std::vector<std::string> ids;
    for (const std::string& t : all_targets(out_)) {
      if (t.size() > section.size() && t.compare(0, section.size() + 1, section + ".") == 0) {
        ids.push_back(t.substr(section.size() + 1));
      }
    }
    const std::optional<std::string> near = closest_name(id, ids);
    return near ? fmt::format("; did you mean '{}.{}'?", section, *near) : "";
  }

  // Returns the options of a choice input the override's 'options' left
  // out, each a Removal (an expression may still name it).
  std::vector<Removal> override_one(const std::string& path, const Location& where,
                                    const DocNode& value) {
    std::vector<Removal> dropped;
    for (const Target& t : targets(path, where, "override")) {
      DocNode& target = t.node();
      if (!value.is_map() || !target.is_map()) {
        target = value;
        continue;
      }
      const DocNode* before = target.find("options");
      const DocEntry* after = value.entry("options");
      if (path.rfind("inputs.", 0) == 0 && before && after && before->is_map() &&
          after->value.is_map()) {
        for (const DocEntry& o : before->entries) {
          if (!after->value.find(o.key)) dropped.push_back({path, after->key_where, "", "", o.key});
        }
      }
      bool new_rule = std::any_of(value.entries.begin(), value.entries.end(), [](auto& e) {
        return std::find(std::begin(kNewRuleKeys), std::end(kNewRuleKeys), e.key) !=
               std::end(kNewRuleKeys);
      });
      // A band table overridden without its 'of' (a tier changed, the rows
      // written again): the base's went with the table it replaced, which
      // the loader's "needs 'of'" alone did not say. Said here with the
      // base's 'of' to write, and kept so that nothing else is said of it.
      std::optional<DocNode> base_of;
      if (const DocNode* bands = target.find("bands"); bands && bands->is_map()) {
        if (const DocNode* of = bands->find("of")) base_of = *of;
      }
      if (new_rule) {
        for (const char* key : kRuleKeys) target.erase(key);
      }
      for (const DocEntry& e : value.entries) target.set(e.key, e.key_where, e.value);
      if (DocNode* bands = target.find("bands");
          base_of && bands && bands->is_map() && !bands->find("of") && base_of->is_scalar()) {
        const DocEntry* key = target.entry("bands");
        diags_.error(key ? key->key_where : bands->where,
                     fmt::format("a band table needs 'of' (an expression): an override's 'bands' "
                                 "replaces the base's whole, its 'of' too; write it again: 'of: "
                                 "{}'",
                                 base_of->scalar));
        bands->set("of", bands->where, *base_of);
      }
      // What is wrong with the item now is reported where the user changed
      // it (a grade overridden to start at 101 was an error in the base
      // file, at a line that says 90).
      t.move_to(value.where);
    }
    return dropped;
  }

  // What path named, now removed: a Removal for each place it was in.
  std::vector<Removal> remove_one(const std::string& path, const Location& where) {
    std::vector<Removal> out;
    for (const Target& t : targets(path, where, "remove")) {
      out.push_back({path, where, t.group, t.form, ""});
      if (path.rfind("criteria.", 0) == 0) removed_items(t.node(), t.form, where, out);
      t.erase();
    }
    emptied_groups(path, where, out);
    for (const Removal& gone : out) {
      removed_.emplace(gone.name,
                       gone.name == path
                           ? fmt::format("is removed ('remove' on line {})", where.line)
                           : fmt::format("went with '{}' ('remove' on line {})", path, where.line));
    }
    return out;
  }

  // A group whose last item `path` was: said at the 'remove' (it was "'items'
  // of group ... must be a non-empty list" at the base's line), and gone with
  // it, so that nothing else is said of it.
  void emptied_groups(const std::string& path, const Location& where, std::vector<Removal>& out) {
    if (path.rfind("criteria.", 0) != 0) return;
    std::vector<Removal> groups;
    for (const Removal& gone : out) {
      if (gone.name != path || gone.group.empty()) continue;
      for (const CriteriaList& list : criteria_lists(out_)) {
        if (list.form != gone.form) continue;
        std::vector<Target> found;
        find_criteria(list, gone.group, found);
        for (auto t = found.rbegin(); t != found.rend(); ++t) {
          const DocNode* items = t->node().is_map() ? t->node().find("items") : nullptr;
          if (!items || !items->is_seq() || !items->items.empty()) continue;
          diags_.error(where, fmt::format("'{}' is the only item of group '{}': removing it "
                                          "leaves the group with no items; remove "
                                          "'criteria.{}' instead",
                                          path, gone.group, gone.group));
          groups.push_back({"criteria." + gone.group, where, t->group, t->form, ""});
          t->erase();
        }
      }
    }
    out.insert(out.end(), groups.begin(), groups.end());
  }

  // A removed group's items, gone with it (each with its own group).
  static void removed_items(const DocNode& group, const std::string& form, const Location& where,
                            std::vector<Removal>& out) {
    const DocNode* items = group.is_map() ? group.find("items") : nullptr;
    if (!items || !items->is_seq()) return;
    for (const DocNode& item : items->items) {
      if (id_of(item).empty()) continue;
      out.push_back({"criteria." + id_of(item), where, id_of(group), form, ""});
      removed_items(item, form, where, out);
    }
  }

  void add(const std::string& path, const Location& where, const DocNode& value) {
    auto dot = path.find('.');
    if (dot != std::string::npos && path.substr(0, dot) == "criteria") {
      // criteria.GROUP: append items to a group, in each sheet that has it.
      std::string group = path.substr(dot + 1);
      if (targets(path, where, "add to").empty()) return;  // reported
      for (const CriteriaList& list : criteria_lists(out_)) {
        std::vector<Target> found;
        find_criteria(list, group, found);
        for (const Target& t : found) {
          DocNode* items = t.node().find("items");
          if (!items || !items->is_seq() || !value.is_seq()) {
            diags_.error(where, fmt::format("'add: {}' needs a list of items, and '{}' must be a "
                                            "group (with items:)",
                                            path, group));
            continue;
          }
          std::vector<std::string> existing;
          collect_criteria(list.list, existing);
          for (const DocNode& item : value.items) {
            if (is_new(item, "criteria", existing)) items->items.push_back(item);
          }
        }
      }
      return;
    }
    DocNode* target = out_.find(path);
    if (!target) {
      out_.set(path, where, value);
    } else if (target->is_seq() && value.is_seq()) {
      std::vector<std::string> existing;
      if (path == "criteria") {
        collect_criteria(target, existing);
      } else {
        for (const DocNode& n : target->items) {
          if (!id_of(n).empty()) existing.push_back(path + "." + id_of(n));
        }
      }
      for (const DocNode& item : value.items) {
        if (is_new(item, path, existing)) target->items.push_back(item);
      }
    } else if (target->is_map() && value.is_map()) {
      for (const DocEntry& e : value.entries) {
        if (target->find(e.key)) {
          already_exists(path + "." + e.key, e.key_where);
          continue;
        }
        target->entries.push_back(e);
      }
    } else {
      diags_.error(where, fmt::format("'add: {}' must be {} like the base's", path,
                                      doc_kind_name(target->kind)));
    }
  }

 private:
  // A name of no SECTION: a key with no named parts is replaced by writing
  // it whole ('vetoes.x' led nowhere); an id of a section is said with it.
  std::string sectionless_fix(const std::string& section, const std::string& id) {
    for (const char* whole : {"vetoes", "rollup", "ranking", "presentation", "examples", "audit"}) {
      if (section == whole) {
        return fmt::format(
            "'{0}' has no parts to name; write '{0}:' in this file, in full: it "
            "replaces the base's",
            section);
      }
    }
    std::string other = in_other_section(id);
    return fmt::format("write SECTION.ID, where SECTION is one of {}{}", kSections,
                       other.empty() ? "" : fmt::format("; did you mean '{}'?", other));
  }

  // SECTION.ID of the one thing in the base whose id is id, "" when none
  // or several have it.
  std::string in_other_section(const std::string& id) {
    std::string found;
    for (const std::string& t : all_targets(out_)) {
      if (t.substr(t.find('.') + 1) != id) continue;
      if (!found.empty() && found != t) return "";
      found = t;
    }
    return found;
  }

  void already_exists(const std::string& what, const Location& where) {
    diags_.error(where, fmt::format("'{}' already exists in the base ruleset {}; use override "
                                    "to change it",
                                    what, base_file_));
  }

  // An added list element (a criterion with its items, a grade, a check, a
  // form) whose id the base already has is reported, not added twice.
  bool is_new(const DocNode& item, const std::string& section,
              const std::vector<std::string>& existing) {
    std::vector<std::string> ids;
    if (section == "criteria") {
      DocNode list;
      list.kind = DocNode::Kind::Seq;
      list.items.push_back(item);
      collect_criteria(&list, ids);
    } else if (!id_of(item).empty()) {
      ids.push_back(section + "." + id_of(item));
    }
    bool fresh = true;
    for (const std::string& id : ids) {
      if (std::find(existing.begin(), existing.end(), id) != existing.end()) {
        const DocNode* at = id_node(item, id.substr(id.find('.') + 1));
        already_exists(id, at ? at->where : item.where);
        fresh = false;
      }
    }
    return fresh;
  }

  // The `id` node of the element, or of its nested item, with this id.
  static const DocNode* id_node(const DocNode& node, const std::string& id) {
    if (!node.is_map()) return nullptr;
    if (id_of(node) == id) return node.find("id");
    if (const DocNode* items = node.find("items"); items && items->is_seq()) {
      for (const DocNode& item : items->items) {
        if (const DocNode* found = id_node(item, id)) return found;
      }
    }
    return nullptr;
  }

  DocNode& out_;
  const std::string& base_file_;
  Diagnostics& diags_;
  // What this file's 'remove' took (a removed group's items too), and how.
  std::map<std::string, std::string> removed_;
};

// A tailoring's 'inputs:' or 'derived:' replaces the base's whole (rule 1
// of rulesets/README.md 5.11), where its author most often meant to add one:
// each base id it leaves out is a Removal, so that a use of it in the base
// is told why it is gone ("unknown name 'must_attend'" said nothing more).
void left_out_of_whole(const DocNode& base, const DocEntry& written, std::vector<Removal>& out) {
  if (written.key != "inputs" && written.key != "derived") return;
  const DocNode* was = base.find(written.key);
  if (!was || !was->is_map()) return;
  for (const DocEntry& e : was->entries) {
    if (written.value.is_map() && written.value.find(e.key)) continue;
    Removal gone;
    gone.name = written.key + "." + e.key;
    gone.where = written.key_where;
    gone.replaced = true;
    out.push_back(std::move(gone));
  }
}

}  // namespace

DocNode apply_tailoring(const DocNode& base, const std::string& base_file, const DocNode& child,
                        Diagnostics& diags, std::vector<Removal>* removed) {
  DocNode out = base;
  for (const DocEntry& e : child.entries) {
    if (e.key == "extends" || e.key == "override" || e.key == "remove" || e.key == "add") continue;
    if (removed) left_out_of_whole(base, e, *removed);
    out.set(e.key, e.key_where, e.value);
  }
  Tailor tailor(out, base_file, diags);
  if (const DocEntry* remove = child.entry("remove")) {
    if (!remove->value.is_seq()) {
      diags.error(remove->key_where, "'remove' must be a list such as [criteria.ID, inputs.ID]");
    } else {
      // The second naming of one thing found nothing left to remove, and
      // said so with a "did you mean" of itself.
      std::map<std::string, int> first_line;
      for (const DocNode& item : remove->value.items) {
        if (!item.is_scalar()) {  // was "'' does not name anything"
          diags.error(item.where, fmt::format("each item of 'remove' must be a name such as "
                                              "criteria.ID, but this is {}",
                                              doc_kind_name(item.kind)));
          continue;
        }
        // Only names are compared: an empty one is refused by remove_one.
        auto [at, fresh] = !item.scalar.empty() ? first_line.emplace(item.scalar, item.where.line)
                                                : std::pair{first_line.end(), true};
        if (!fresh) {
          diags.error(item.where, fmt::format("'{}' is listed twice in 'remove' (first on line {})",
                                              item.scalar, at->second));
          continue;
        }
        std::vector<Removal> gone = tailor.remove_one(item.scalar, item.where);
        if (removed) removed->insert(removed->end(), gone.begin(), gone.end());
      }
    }
  }
  if (const DocEntry* over = child.entry("override")) {
    if (!over->value.is_map()) {
      diags.error(over->key_where, "'override' must be a map such as {criteria.ID: {max: 20}}");
    } else {
      for (const DocEntry& e : over->value.entries) {
        std::vector<Removal> dropped = tailor.override_one(e.key, e.key_where, e.value);
        if (removed) removed->insert(removed->end(), dropped.begin(), dropped.end());
      }
    }
  }
  if (const DocEntry* add = child.entry("add")) {
    if (!add->value.is_map()) {
      diags.error(add->key_where, "'add' must be a map such as {criteria.GROUP: [items]}");
    } else {
      for (const DocEntry& e : add->value.entries) tailor.add(e.key, e.key_where, e.value);
    }
  }
  return out;
}

}  // namespace chibo
