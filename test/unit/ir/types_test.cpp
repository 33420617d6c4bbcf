// Sema's types: interning, spelling, Python's promotion; inference results of small functions
// (specialisations per argument types, recursion by fixpoint).
#include <catch2/catch.hpp>

#include "lowered.hpp"

using namespace pycxx;

TEST_CASE("types are interned and spelled as Python writes them") {
  TypeContext types;
  TypeRef pair = types.tuple({types.integer(), types.floating()});
  CHECK(pair == types.tuple({types.integer(), types.floating()}));
  CHECK(type_name(pair) == "tuple[int, float]");
  CHECK(type_name(types.tuple({})) == "tuple[()]");
  CHECK(promote(types, types.boolean(), types.boolean()) == types.integer());
  CHECK(promote(types, types.integer(), types.floating()) == types.floating());
  CHECK(promote(types, types.floating(), types.complex()) == types.complex());
  CHECK(promote(types, types.none(), types.integer()) == nullptr);
  CHECK(implicitly_converts(types.integer(), types.floating()));
  CHECK_FALSE(implicitly_converts(types.integer(), types.boolean()));
  CHECK(type_from_spelling(types, "tuple[float, int]") == types.tuple({types.floating(), types.integer()}));
}

TEST_CASE("an internal function gets one specialisation per argument types") {
  test::Lowered m(
      "def _twice(x):\n    return x + x\n\n"
      "def f(a: int, b: float) -> float:\n    return _twice(a) + _twice(b) + _twice(a)\n");
  REQUIRE_FALSE(m.diagnostics.has_errors());
  REQUIRE(m.sema->specializations_.size() == 3);
  CHECK(m.sema->specializations_[1]->cpp_name_ == "_twice__0");
  CHECK(type_name(m.sema->specializations_[1]->return_type_) == "int");
  CHECK(type_name(m.sema->specializations_[2]->return_type_) == "float");
}

TEST_CASE("a recursive internal function's return type is found by fixpoint") {
  test::Lowered m(
      "def _count(n):\n    if n <= 0:\n        return 0\n    return _count(n - 1) + 1\n\n"
      "def f(n: int) -> int:\n    return _count(n)\n");
  REQUIRE_FALSE(m.diagnostics.has_errors());
  CHECK(type_name(m.sema->specializations_[1]->return_type_) == "int");
}

TEST_CASE("a local keeps one type: the second assignment is reported with a note on the first") {
  test::Lowered m("def f(n: int) -> int:\n    x = 1\n    x = 2.0\n    return n\n");
  REQUIRE(m.diagnostics.diagnostics().size() == 1);
  const Diagnostic& d = m.diagnostics.diagnostics()[0];
  CHECK(d.kind == DiagnosticKind::IncompatibleAssignment);
  CHECK(d.range.begin.line == 3);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range.begin.line == 2);
}
