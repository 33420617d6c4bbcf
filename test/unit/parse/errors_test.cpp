// Syntax errors: one diagnostic at CPython's place with CPython's message, never a crash,
// and a null tree. CPython stops at the first error; so does pycxx.
#include <catch2/catch.hpp>

#include "parse_helpers.hpp"

using pycxx::test::Parsed;

namespace {
std::string error_of(const std::string& text) {
  Parsed p(text);
  CHECK(p.module == nullptr);
  return p.error();
}
}  // namespace

TEST_CASE("syntax errors say what and where, as CPython does", "[parse][errors]") {
  CHECK(error_of("if x\n    pass\n") == "1:5: expected ':'");
  CHECK(error_of("x = = 2\n") == "1:5: invalid syntax");
  CHECK(error_of("x = 1\n    y = 2\n") == "2:4: unexpected indent");
  CHECK(error_of("if x:\n        a\n    b\n") == "3:6: unindent does not match any outer indentation level");
  CHECK(error_of("def f():\nreturn 1\n") == "2:1: expected an indented block after function definition on line 1");
  CHECK(error_of("foo(a,\nb = 2\n") == "1:4: '(' was never closed");
  CHECK(error_of("x = (1]\n") == "1:7: closing parenthesis ']' does not match opening parenthesis '('");
  CHECK(error_of("x = 1)\n") == "1:6: unmatched ')'");
  CHECK(error_of("f() = 1\n") == "1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?");
  CHECK(error_of("del f()\n") == "1:5: cannot delete function call");
  CHECK(error_of("f(a=1, b)\n") == "1:9: positional argument follows keyword argument");
  CHECK(error_of("f(**k, b)\n") == "1:9: positional argument follows keyword argument unpacking");
  CHECK(error_of("x = b\"a\" \"b\"\n") == "1:13: cannot mix bytes and nonbytes literals");
  CHECK(error_of("f(x for x in y, 1)\n") == "1:3: Generator expression must be parenthesized");
  CHECK(error_of("def f(a=1, b): pass\n") == "1:12: non-default argument follows default argument");
  CHECK(error_of("try:\n  pass\nexcept A, B:\n  pass\n") == "3:8: multiple exception types must be parenthesized");
  CHECK(error_of("try:\n  pass\nx = 1\n") == "3:1: expected 'except' or 'finally' block");
  CHECK(error_of("x = [1 2]\n") == "1:6: invalid syntax. Perhaps you forgot a comma?");
  CHECK(error_of("print 'hi'\n") == "1:1: Missing parentheses in call to 'print'. Did you mean print(...)?");
  CHECK(error_of("f'{}'\n") == "1:6: f-string: empty expression not allowed");
  CHECK(error_of("x = a€b\n") == "1:6: invalid character '€' (U+20AC)");
  CHECK(error_of("a, b: int\n") == "1:1: only single target (not tuple) can be annotated");
  CHECK(error_of("a, b += 1\n") == "1:1: 'tuple' is an illegal expression for augmented assignment");
}

TEST_CASE("constructs the grammar refuses although they look like expressions", "[parse][errors]") {
  CHECK(error_of("x = [*a for a in b]\n") == "1:6: iterable unpacking cannot be used in comprehension");
  CHECK(error_of("x = {**a for a in b}\n") == "1:6: dict unpacking cannot be used in dict comprehension");
  CHECK(error_of("{*a: b}\n") == "1:4: invalid syntax");
  CHECK(error_of("f(True=1)\n") == "1:3: cannot assign to True");
  CHECK(error_of("x = yield = 1\n") == "1:5: assignment to yield expression not possible");
  CHECK(error_of("del *a\n") == "1:5: cannot delete starred");
  CHECK(error_of("lambda *: 0\n") == "1:9: named arguments must follow bare *");
  CHECK(error_of("try: pass\nexcept*: pass\n") == "2:8: expected one or more exception types");
  CHECK(error_of("match x:\n case 1 + 1: pass\n") == "2:11: imaginary number required in complex literal");
  CHECK(error_of("match x:\n case *a: pass\n") == "2:9: invalid syntax");
  CHECK(error_of("x = 1jj\n") == "1:6: invalid imaginary literal");
  CHECK(error_of("from  import x\n") == "1:7: invalid syntax");
  CHECK(error_of("def f((a, b)): pass\n") == "1:7: Function parameters cannot be parenthesized");
  CHECK(error_of("if x = 1: pass\n") == "1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  CHECK(error_of("+,x\n(\\@)\n") == "1:2: invalid syntax");  // a bad continuation later does not win
  CHECK(error_of("x = a\u00a0b\n") == "1:6: invalid non-printable character U+00A0");
  CHECK(error_of("x = '\\x1'\n") ==
        "1:10: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
}

TEST_CASE("a backslash before a brace in an f-string escapes nothing", "[parse]") {
  Parsed p("f'\\{x}'\n");
  REQUIRE(p.module);
  CHECK(p.json().find(R"({"_type":"Constant","value":"\\",)") != std::string::npos);
}

TEST_CASE("a later tokenizer error wins over an earlier parser error, as in CPython", "[parse][errors]") {
  CHECK(error_of("x = = 1\ny = 'abc\n") == "2:5: unterminated string literal (detected at line 2)");
  // ...but an indentation error later on does not.
  CHECK(error_of("x = = 1\nif x:\n        a\n    b\n") == "1:5: invalid syntax");
}

TEST_CASE("the first error gets a diagnostic with a caret range on its line", "[parse][errors]") {
  Parsed p("x = 1\ny = (2 +\n");
  REQUIRE(p.diagnostics.diagnostics().size() == 1);
  const auto& d = p.diagnostics.diagnostics()[0];
  CHECK(d.kind == pycxx::DiagnosticKind::SyntaxError);
  CHECK(d.range.begin == pycxx::SourceLoc{2, 4});
  CHECK(pycxx::render_text(d, &p.file).find("mod.py:2:5: error: '(' was never closed [SyntaxError]") != std::string::npos);
}

TEST_CASE("no input crashes the parser", "[parse][errors]") {
  CHECK(error_of(std::string(5000, '(')) == "1:201: too many nested parentheses");
  CHECK_FALSE(error_of(std::string(3000, '-') + "x\n").empty());
  CHECK_FALSE(error_of("x = " + std::string(100, '[') + "f'{" + std::string(50, '(')).empty());
  CHECK(error_of(std::string("x = 1\0", 6)) == "1:1: source code string cannot contain null bytes");
  CHECK_FALSE(error_of("\\").empty());
  CHECK(error_of("x = " + std::string(20000, '-') + "1\n").ends_with("too many nested expressions"));
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  CHECK(error_of(sum + "\n").ends_with("too many nested expressions"));
  std::string attrs = "x = a";
  for (int i = 0; i < 100000; ++i) attrs += ".b";
  CHECK(error_of(attrs + "\n").ends_with("too many nested expressions"));
  std::string elifs = "if a: pass\n";
  for (int i = 0; i < 100000; ++i) elifs += "elif a: pass\n";
  CHECK(error_of(elifs).ends_with("too many nested expressions"));
  std::string blocks;
  for (int i = 0; i < 150; ++i) blocks += std::string(i, ' ') + "if x:\n";
  CHECK(error_of(blocks).ends_with("too many levels of indentation"));
  CHECK_FALSE(error_of("'''").empty());
}

TEST_CASE("long and/or/comparison chains stop at the nesting limit, located", "[parse][errors]") {
  // Compiled as nested conditionals: 20,000 terms overflowed the stack of later phases.
  std::string ands = "x = a";
  for (int i = 0; i < 20000; ++i) ands += " and a";
  CHECK(error_of(ands + "\n") == "1:6001: too many nested expressions");
  std::string ors = "x = a";
  for (int i = 0; i < 20000; ++i) ors += " or a";
  CHECK(error_of(ors + "\n").ends_with("too many nested expressions"));
  std::string compares = "x = a";
  for (int i = 0; i < 25000; ++i) compares += " < a";
  CHECK(error_of(compares + "\n") == "1:4003: too many nested expressions");
  std::string fine = "x = a";
  for (int i = 0; i < 490; ++i) fine += " and a < b";
  CHECK(Parsed(fine + "\n").module != nullptr);
}

TEST_CASE("an elif chain is not nesting: 1,000 branches parse, as in CPython", "[parse]") {
  std::string elifs = "if a == 0:\n    pass\n";
  for (int i = 1; i < 1000; ++i) elifs += "elif a == " + std::to_string(i) + ":\n    pass\n";
  Parsed p(elifs + "else:\n    pass\n");
  REQUIRE(p.module != nullptr);
  // CPython's tree: each elif is an If in the orelse of the one before, all ending together.
  auto* first = pycxx::ast::dyn_cast<pycxx::ast::If>(p.module->body.front());
  REQUIRE(first);
  auto* second = pycxx::ast::dyn_cast<pycxx::ast::If>(first->orelse.front());
  REQUIRE(second);
  CHECK(second->range.begin == pycxx::SourceLoc{3, 0});
  CHECK(second->range.end == first->range.end);
}

TEST_CASE("a huge hex literal is a quick diagnostic", "[parse][errors]") {
  // 1,000,000 hex digits took 128 s to convert to decimal.
  CHECK(error_of("x = 0x" + std::string(1000000, 'f') + "\n") ==
        "1:5: integer literal too large: 4000000 bits, beyond the 4300-digit limit for integer string conversion "
        "(pycxx's int is a 64-bit integer)");
  Parsed p("x = 0x" + std::string(3000, 'f') + "\n");  // 12,000 bits: still a value
  CHECK(p.module != nullptr);
}
