#include "block_rollup.h"

namespace chibo {

// A cell's value for one key, oriented so that larger is better.
Rational key_value(const RankKey& key, const CellPeriod& c, const MeetingStore& store) {
  switch (key.kind) {
    case RankKey::Total:
      return c.score;
    case RankKey::Grade:
      return Rational(-c.grade);
    case RankKey::Count: {
      std::int64_t n = 0;
      for (const MonthResult& m : c.months) n += m.counted && m.grade <= key.grade ? 1 : 0;
      return n;
    }
    case RankKey::WorstMonth:
    case RankKey::BestMonth: {
      std::optional<Rational> v;
      for (const MonthResult& m : c.months) {
        if (!m.counted) continue;
        if (!v || (key.kind == RankKey::WorstMonth ? m.total(store) < *v : *v < m.total(store)))
          v = m.total(store);
      }
      return v.value_or(0);
    }
    case RankKey::Mean: {
      std::array<Rational, 12> values;  // of the months with a meeting (12 at most)
      std::size_t n = 0;
      for (const MonthResult& m : c.months) {
        if (!m.present()) continue;
        values[n++] = store.value(store.meeting(m.meeting), static_cast<std::size_t>(key.value));
      }
      return mean_of(std::span(values).first(n));
    }
  }
  return 0;
}

}  // namespace chibo
