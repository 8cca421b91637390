// form_steps.h: a compiled form's steps, blank score, full maximum and
// whole-number adding, laid out from its nodes.
#include "form_steps.h"

#include <catch2/catch.hpp>

using chibo::CompiledForm;
using chibo::CompiledNode;
using chibo::Rational;

namespace {

CompiledNode node(int parent, bool group, Rational max, int slot) {
  CompiledNode n;
  n.parent = parent;
  n.group = group;
  n.max = max;
  n.met_points = max;
  n.slot = slot;
  return n;
}

}  // namespace

TEST_CASE("a form's steps mirror its nodes, and its full maximum leaves out groups and bonuses",
          "[form_steps]") {
  CompiledForm form;
  form.nodes = {node(-1, true, Rational(15), 3), node(0, false, Rational(10), 4),
                node(0, false, Rational(5), 5), node(-1, false, Rational(3), 6)};
  form.nodes[2].unmet_points = Rational(1);
  form.nodes[3].bonus = true;
  chibo::lay_out_steps(form, 7);
  REQUIRE(form.steps.size() == 4);
  REQUIRE(form.blank.size() == 4);
  CHECK(form.full_max == Rational(15));
  CHECK(form.whole);
  CHECK(form.steps[0].group);
  CHECK(form.steps[1].parent == 0);
  CHECK(form.steps[2].slot == 5);
  CHECK(form.steps[2].whole_max == 5);
  CHECK(form.steps[2].whole_unmet == 1);
  CHECK(form.steps[3].bonus);
  CHECK(form.blank[1].max == Rational(10));
  // Each blank has its own number.
  CompiledForm other;
  other.nodes = {node(-1, false, Rational(1), 0)};
  chibo::lay_out_steps(other, 1);
  CHECK(other.blank_number != form.blank_number);
}

TEST_CASE("a point that is a fraction leaves a form to the general adding", "[form_steps]") {
  CompiledForm form;
  form.nodes = {node(-1, false, *Rational::make(5, 2), 0), node(-1, false, Rational(2), 1)};
  chibo::lay_out_steps(form, 2);
  CHECK(form.full_max == *Rational::make(9, 2));
  CHECK_FALSE(form.whole);
  CHECK(form.steps[1].whole_max == 0);  // not set: the form is not whole
}
