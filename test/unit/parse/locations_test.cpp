// Node locations as CPython gives them: ranges run from the first token a rule consumed to
// the last, parentheses included where the rule consumed them, columns in UTF-8 bytes.
#include <catch2/catch.hpp>

#include "parse_helpers.hpp"

using namespace pycxx;
using pycxx::test::Parsed;

namespace {
std::string range_of(const ast::Node* node) {
  const SourceRange& r = node->range;
  return std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) + "-" + std::to_string(r.end.line) + ":" +
         std::to_string(r.end.column);
}
ast::ExprNode* first_value(const Parsed& p) {
  return ast::cast<ast::ExprStmt>(*p.module->body.at(0)).value;
}
}  // namespace

TEST_CASE("a binary operation starts at its left operand's parenthesis", "[parse][locations]") {
  Parsed p("(a + b) * c\n");
  REQUIRE(p.module);
  auto& outer = ast::cast<ast::BinOp>(*first_value(p));
  CHECK(range_of(&outer) == "1:0-1:11");
  CHECK(range_of(outer.left) == "1:1-1:6");  // the group itself has no node
}

TEST_CASE("a tuple without parentheses spans its elements and trailing comma", "[parse][locations]") {
  Parsed p("x = 1, 2,\n");
  REQUIRE(p.module);
  CHECK(range_of(ast::cast<ast::Assign>(*p.module->body[0]).value) == "1:4-1:9");
}

TEST_CASE("a decorated function starts at `def` and ends with its body", "[parse][locations]") {
  Parsed p("@dec\ndef f(a: int = 1):\n    return a\n\n");
  REQUIRE(p.module);
  auto& f = ast::cast<ast::FunctionDef>(*p.module->body[0]);
  CHECK(range_of(&f) == "2:0-3:12");
  CHECK(range_of(f.args->args[0]) == "2:6-2:12");
  CHECK(range_of(f.decorator_list[0]) == "1:1-1:4");
}

TEST_CASE("a lone generator argument borrows the call's parentheses", "[parse][locations]") {
  Parsed p("f(x for x in y)\n");
  REQUIRE(p.module);
  CHECK(range_of(ast::cast<ast::Call>(*first_value(p)).args[0]) == "1:1-1:15");
}

TEST_CASE("columns count UTF-8 bytes", "[parse][locations]") {
  Parsed p("'é' + x\n");
  REQUIRE(p.module);
  CHECK(range_of(ast::cast<ast::BinOp>(*first_value(p)).right) == "1:7-1:8");
}

TEST_CASE("f-string fields have their place in the file; the parts span the literal", "[parse][locations]") {
  Parsed p("s = (f'''a\n{x}''' 'b')\n");
  REQUIRE(p.module);
  auto& joined = ast::cast<ast::JoinedStr>(*ast::cast<ast::Assign>(*p.module->body[0]).value);
  CHECK(range_of(&joined) == "1:5-2:10");
  auto& field = ast::cast<ast::FormattedValue>(*joined.values.at(1));
  CHECK(range_of(&field) == "1:5-2:10");
  CHECK(range_of(field.value) == "2:1-2:2");
}

TEST_CASE("elif is an If nested in orelse, starting at `elif`", "[parse][locations]") {
  Parsed p("if a:\n  pass\nelif b:\n  pass\nelse:\n  x\n");
  REQUIRE(p.module);
  auto& outer = ast::cast<ast::If>(*p.module->body[0]);
  CHECK(range_of(&outer) == "1:0-6:3");
  CHECK(range_of(outer.orelse.at(0)) == "3:0-6:3");
}
