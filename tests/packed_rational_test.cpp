#include "chibo/packed_rational.h"

#include <catch2/catch.hpp>

using namespace chibo;

TEST_CASE("a packed number is the same number, up to 32-bit numerator and denominator") {
  constexpr std::int64_t kMax = 2147483647, kMin = -2147483648;
  for (Rational r : {Rational(0), Rational(13), Rational(-7), *Rational::make(8433, 100),
                     *Rational::make(-1, 3), Rational(kMax), Rational(kMin),
                     *Rational::make(1, kMax), *Rational::make(kMax - 1, kMax)}) {
    INFO(r.to_string());
    REQUIRE(PackedRational::fits(r));
    PackedRational p = PackedRational::of(r);
    CHECK_FALSE(p.is_wide());
    CHECK(p.unpack() == r);
  }
  for (Rational r : {Rational(kMax + 1), Rational(kMin - 1), *Rational::make(1, kMax + 1),
                     *Rational::make(kMax + 2, 2), Rational(INT64_MAX)}) {
    INFO(r.to_string());
    CHECK_FALSE(PackedRational::fits(r));
  }
  PackedRational w = PackedRational::wide(4000000000u);
  CHECK(w.is_wide());
  CHECK(w.position() == 4000000000u);
  CHECK_FALSE(PackedRational().is_wide());
  CHECK(PackedRational().unpack() == Rational(0));
}

TEST_CASE("numbers that do not pack are kept whole beside the packed ones") {
  WideRationals wide;
  const Rational small = *Rational::make(8433, 100);
  const Rational huge = *Rational::make(1, 3000000019);
  const Rational big = Rational(-5000000000);
  PackedRational a = wide.pack(small), b = wide.pack(huge), c = wide.pack(big);
  CHECK_FALSE(a.is_wide());
  CHECK(b.is_wide());
  CHECK(c.is_wide());
  CHECK(b.position() != c.position());
  CHECK(wide.unpack(a) == small);
  CHECK(wide.unpack(b) == huge);
  CHECK(wide.unpack(c) == big);
}
