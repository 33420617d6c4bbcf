// The IR of try statements and raise: lowering gives verified IR whose dump shows the
// handlers, the finally block and the exits routed through it (LeaveTry, then the exit
// taken after the block); the verifier rejects exits that would skip a finally block,
// bare raise outside a handler, and handlers outside a try.
#include <catch2/catch.hpp>

#include "lowered.hpp"

using namespace pycxx;

namespace {

bool has(const std::vector<std::string>& problems, std::string_view what) {
  for (const std::string& p : problems)
    if (p.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("try statements lower to verified IR that prints their structure") {
  test::Lowered m(
      "def f(n: int) -> int:\n"
      "    t = 0\n"
      "    for i in range(n):\n"
      "        try:\n"
      "            if i == 3:\n"
      "                break\n"
      "            t += 10 // i\n"
      "        except (ZeroDivisionError, OverflowError) as e:\n"
      "            raise ValueError(\"bad\") from e\n"
      "        except LookupError:\n"
      "            raise\n"
      "        else:\n"
      "            t += 1\n"
      "        finally:\n"
      "            t += 2\n"
      "    return t\n");
  REQUIRE(m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("local py_e: BaseException") != std::string::npos);
  CHECK(text.find("try [finally 0]:") != std::string::npos);
  CHECK(text.find("except (ZeroDivisionError, OverflowError) as py_e:") != std::string::npos);
  CHECK(text.find("raise ValueError(\"bad\") from Local:BaseException[py_e]") != std::string::npos);
  CHECK(text.find("except LookupError:\n") != std::string::npos);
  CHECK(text.find("\n        raise\n") != std::string::npos);
  // The break leaves through the finally block, and is taken after it.
  CHECK(text.find("finally0_exit = Literal:int[2]\n") != std::string::npos);
  CHECK(text.find("leave to finally 0") != std::string::npos);
  CHECK(text.find("finally 0:") != std::string::npos);
  CHECK(text.find("if Operator:bool[==](Local:int[finally0_exit], Literal:int[2]):\n      break") != std::string::npos);
}

TEST_CASE("a return through two finally blocks is kept and returned after both") {
  test::Lowered m(
      "def f(n: int) -> int:\n"
      "    try:\n"
      "        try:\n"
      "            return n\n"
      "        finally:\n"
      "            n += 1\n"
      "    finally:\n"
      "        n += 2\n");
  REQUIRE(m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("finally1_value = Local:int[py_n]") != std::string::npos);
  // After the inner finally block, its return leaves the outer try body in turn.
  CHECK(text.find("finally0_value = Local:int[finally1_value]") != std::string::npos);
  CHECK(text.find("return Local:int[finally0_value]") != std::string::npos);
}

TEST_CASE("the verifier rejects exits that skip a finally block and misplaced handlers") {
  test::Lowered m("def f(n: int) -> int:\n    return n\n");
  REQUIRE(m.ir);
  ir::Function& f = *m.ir->functions_[0];
  TypeContext& types = *m.sema->types_;

  ir::Stmt* try_finally = f.make_stmt(ir::StmtKind::TryFinally, 2);
  try_finally->label_ = 7;
  ir::Stmt* ret = f.make_stmt(ir::StmtKind::Return, 2);
  ret->value_ = f.make(ir::InstKind::Local, types.integer(), {}, "n");
  try_finally->body_.push_back(ret);
  ir::Stmt* leave = f.make_stmt(ir::StmtKind::LeaveTry, 2);
  leave->label_ = 8;
  try_finally->body_.push_back(leave);
  f.body_.insert(f.body_.begin(), try_finally);
  f.body_.insert(f.body_.begin(), f.make_stmt(ir::StmtKind::Reraise, 2));
  f.body_.insert(f.body_.begin(), f.make_stmt(ir::StmtKind::Handler, 2));
  ir::Stmt* try_except = f.make_stmt(ir::StmtKind::TryExcept, 2);
  f.body_.insert(f.body_.begin(), try_except);
  ir::Stmt* raise = f.make_stmt(ir::StmtKind::Raise, 2);
  raise->value_ = f.make(ir::InstKind::Local, types.integer(), {}, "n");
  f.body_.insert(f.body_.begin(), raise);

  std::vector<std::string> problems = ir::verify_module(*m.ir);
  CHECK(has(problems, "return skips a finally block"));
  CHECK(has(problems, "leave to finally 8 outside its try body"));
  CHECK(has(problems, "bare raise outside an except handler"));
  CHECK(has(problems, "Handler outside a TryExcept"));
  CHECK(has(problems, "try without handlers"));
  CHECK(has(problems, "the raised value is not an exception value"));
}

TEST_CASE("a break inside a loop inside the try body does not leave the try") {
  test::Lowered m(
      "def f(n: int) -> int:\n"
      "    try:\n"
      "        for i in range(n):\n"
      "            break\n"
      "    finally:\n"
      "        n += 1\n"
      "    return n\n");
  REQUIRE(m.ir);
  CHECK(ir::verify_module(*m.ir).empty());
  std::string text = ir::print_module(*m.ir);
  CHECK(text.find("leave to finally") == std::string::npos);
  CHECK(text.find("finally0_exit") == std::string::npos);
}
