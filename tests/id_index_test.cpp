// IdIndex (chibo/id_index.h): positions by id over a list it reads through a
// callback; the first of equal ids wins and empty ids are not indexed.
#include "chibo/id_index.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

std::optional<std::size_t> find(const chibo::IdIndex& index, const std::vector<std::string>& ids,
                                std::string_view id) {
  return index.find(id, ids.size(), [&](std::size_t i) -> std::string_view { return ids[i]; });
}

chibo::IdIndex built(const std::vector<std::string>& ids) {
  chibo::IdIndex index;
  index.build(ids.size(), [&](std::size_t i) -> std::string_view { return ids[i]; });
  return index;
}

}  // namespace

TEST_CASE("the id index gives the first place of an id used twice") {
  const std::vector<std::string> ids = {"A", "B", "A", "", "C", "B", "A"};
  const chibo::IdIndex index = built(ids);
  CHECK(find(index, ids, "A") == std::optional<std::size_t>(0));
  CHECK(find(index, ids, "B") == std::optional<std::size_t>(1));
  CHECK(find(index, ids, "C") == std::optional<std::size_t>(4));
  CHECK(find(index, ids, "") == std::nullopt);  // empty ids are left out
  CHECK(find(index, ids, "D") == std::nullopt);
}

// Many equal hashes' neighbours: thousands of ids, each given three times, so
// probe paths run long and cross the end of the table.
TEST_CASE("the id index keeps first places among thousands of repeated ids") {
  std::vector<std::string> ids;
  for (int copy = 0; copy < 3; ++copy) {
    for (int i = 0; i < 3000; ++i) ids.push_back("CB-" + std::to_string(i));
  }
  const chibo::IdIndex index = built(ids);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < 3000; ++i) {
    wrong += find(index, ids, ids[i]) == std::optional<std::size_t>(i) ? 0 : 1;
  }
  CHECK(wrong == 0);
  CHECK(find(index, ids, "CB-3000") == std::nullopt);
  CHECK(find(chibo::IdIndex(), ids, "CB-1") == std::nullopt);  // never built
}

// Building tells each id's first place as it goes (the units checker's
// repeated ids): every position with an id once, none for an empty one.
TEST_CASE("building the id index tells each position the first with its id") {
  const std::vector<std::string> ids = {"A", "B", "A", "", "C", "B", "A"};
  std::vector<std::pair<std::size_t, std::size_t>> seen;
  chibo::IdIndex index;
  index.build(
      ids.size(), [&](std::size_t i) -> std::string_view { return ids[i]; },
      [&](std::size_t i, std::size_t first) { seen.emplace_back(i, first); });
  CHECK(seen == std::vector<std::pair<std::size_t, std::size_t>>{
                    {0, 0}, {1, 1}, {2, 0}, {4, 4}, {5, 1}, {6, 0}});
  CHECK(find(index, ids, "A") == std::optional<std::size_t>(0));
}
