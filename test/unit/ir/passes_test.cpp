// The opt passes on their before -> after examples, and what they must leave alone.
#include <catch2/catch.hpp>

#include "compiler/opt/passes.hpp"
#include "lowered.hpp"

using namespace pycxx;

TEST_CASE("fold_constants folds int arithmetic that fits and keeps what overflows") {
  test::Lowered m("def f() -> tuple[int, int]:\n    return 60 * 60, 9223372036854775807 + 1\n");
  REQUIRE(m.ir);
  fold_constants(*m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("Literal:int[3600]") != std::string::npos);
  CHECK(text.find("pycxx::int_mul") == std::string::npos);
  CHECK(text.find("pycxx::int_add") != std::string::npos);  // the overflow stays a run-time error
}

TEST_CASE("drop_overflow_checks removes the check of a range counter's + 1 only") {
  test::Lowered m(
      "def f(n: int) -> int:\n    t = 0\n    for i in range(n):\n        t = i + 1\n"
      "    for j in range(n, 0, -1):\n        t = j + 1\n"
      "    for k in range(n):\n        k = k * 2\n        t = k + 1\n    return t + 1\n");
  REQUIRE(m.ir);
  drop_overflow_checks(*m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("py_t = Operator:int[+](Local:int[py_i], Literal:int[1])") != std::string::npos);
  CHECK(text.find("py_t = Runtime:int[pycxx::int_add](Local:int[py_j], Literal:int[1])") != std::string::npos);  // step -1
  CHECK(text.find("py_t = Runtime:int[pycxx::int_add](Local:int[py_k], Literal:int[1])") != std::string::npos);  // k reassigned
  CHECK(text.find("return Runtime:int[pycxx::int_add](Local:int[py_t], Literal:int[1])") != std::string::npos);
}
