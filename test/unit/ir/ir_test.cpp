// The IR's printer and verifier: lowering gives verified IR whose dump shows Python's
// structure; the verifier finds broken IR (a read of an undeclared local, a break outside
// a loop, a non-bool condition).
#include <catch2/catch.hpp>

#include "lowered.hpp"

using namespace pycxx;

TEST_CASE("lowered IR verifies and prints its structure") {
  test::Lowered m(
      "def f(n: int) -> int:\n    t = 0\n    for i in range(n):\n        if i % 2:\n            continue\n"
      "        t += i\n    return t\n");
  REQUIRE(m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("def py_f(py_n: int) -> int:") != std::string::npos);
  CHECK(text.find("for py_i in range(Local:int[py_n]) [step proven non-zero]:") != std::string::npos);
  CHECK(text.find("continue") != std::string::npos);
  CHECK(text.find("Runtime:int[pycxx::int_mod]") != std::string::npos);
}

TEST_CASE("the verifier reports broken IR") {
  test::Lowered m("def f(n: int) -> int:\n    return n\n");
  REQUIRE(m.ir);
  ir::Function& f = *m.ir->functions_[0];
  TypeContext& types = *m.sema->types_;

  f.body_.insert(f.body_.begin(), f.make_stmt(ir::StmtKind::Break, 2));
  ir::Stmt* assign = f.make_stmt(ir::StmtKind::Assign, 2);
  assign->target_ = "nowhere";
  assign->value_ = f.make(ir::InstKind::Local, types.integer(), {}, "missing");
  f.body_.insert(f.body_.begin(), assign);
  ir::Stmt* branch = f.make_stmt(ir::StmtKind::If, 2);
  branch->value_ = f.make(ir::InstKind::Local, types.integer(), {}, "n");
  f.body_.insert(f.body_.begin(), branch);

  std::vector<std::string> problems = ir::verify_module(*m.ir);
  auto has = [&](std::string_view what) {
    for (const std::string& p : problems)
      if (p.find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(has("condition is not a bool"));
  CHECK(has("assignment to undeclared local nowhere"));
  CHECK(has("read of undeclared local missing"));
  CHECK(has("break or continue outside a loop"));
}
