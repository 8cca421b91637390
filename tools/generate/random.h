// The generator's random numbers: xoshiro256** seeded through splitmix64.
//
// Hand-written because std::uniform_int_distribution and friends are not
// specified bit for bit, so their output differs between standard libraries;
// these functions give the same numbers everywhere, and only + - * / are used
// on doubles (no log/exp, whose last bits differ between maths libraries).
#pragma once

#include <cstdint>
#include <initializer_list>

namespace chibo::gen {

// One splitmix64 step: a good 64-bit mixer, also used to derive seeds.
std::uint64_t splitmix64(std::uint64_t& state);
// A seed for a sub-stream (cell, month, ...), from a parent seed and keys.
std::uint64_t derive_seed(std::uint64_t seed, std::initializer_list<std::uint64_t> keys);

class Rng {
 public:
  explicit Rng(std::uint64_t seed);

  std::uint64_t next();
  // Uniform in [0, n) for 0 < n < 2^32 (multiply-shift on the top 32 bits).
  int below(int n);
  // Uniform in [lo, hi], both included.
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  // Uniform in [0, 1).
  double unit();
  double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
  bool chance(double p) { return unit() < p; }
  // Index drawn by weights (need not sum to 1).
  int weighted(std::initializer_list<double> weights);
  // Number of successes in n trials of probability p (n is small here).
  int binomial(int n, double p);

 private:
  std::uint64_t s_[4];
};

}  // namespace chibo::gen
