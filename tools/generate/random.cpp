#include "random.h"

namespace chibo::gen {
namespace {

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t derive_seed(std::uint64_t seed, std::initializer_list<std::uint64_t> keys) {
  std::uint64_t state = seed;
  std::uint64_t out = splitmix64(state);
  for (std::uint64_t k : keys) {
    state = out ^ (k * 0xD1B54A32D192ED03ULL);
    out = splitmix64(state);
  }
  return out;
}

Rng::Rng(std::uint64_t seed) {
  std::uint64_t state = seed;
  for (std::uint64_t& s : s_) s = splitmix64(state);
}

std::uint64_t Rng::next() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

int Rng::below(int n) {
  if (n <= 1) return 0;
  std::uint64_t top = next() >> 32;
  return static_cast<int>((top * static_cast<std::uint64_t>(n)) >> 32);
}

double Rng::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

int Rng::weighted(std::initializer_list<double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = unit() * total;
  int i = 0;
  for (double w : weights) {
    if (x < w) return i;
    x -= w;
    ++i;
  }
  return i - 1;
}

int Rng::binomial(int n, double p) {
  int k = 0;
  for (int i = 0; i < n; ++i) k += unit() < p ? 1 : 0;
  return k;
}

}  // namespace chibo::gen
