// CPython's compile-time SyntaxErrors (compiler/sema/check_syntax_rules.cpp): the message
// and place CPython 3.11's compile() gives, for code the grammar accepts; and code CPython
// accepts stays accepted.
#include <catch2/catch.hpp>

#include "compiler/sema/check_syntax_rules.hpp"
#include "parse_helpers.hpp"

using pycxx::test::Parsed;

namespace {
// "line:column: message" of the first diagnostic after the rules, "" when none.
std::string rule_error(const std::string& text) {
  Parsed p(text);
  REQUIRE(p.module != nullptr);
  bool ok = pycxx::check_syntax_rules(*p.module, p.diagnostics);
  CHECK(ok == p.diagnostics.diagnostics().empty());
  return p.error();
}
}  // namespace

TEST_CASE("break and continue only in a loop body", "[parse][rules]") {
  CHECK(rule_error("def f():\n    break\n") == "2:5: 'break' outside loop");
  CHECK(rule_error("def f():\n    x = 1\n    continue\n") == "3:5: 'continue' not properly in loop");
  CHECK(rule_error("for i in range(3):\n    def f():\n        break\n") == "3:9: 'break' outside loop");
  CHECK(rule_error("for i in range(3):\n    pass\nelse:\n    break\n") == "4:5: 'break' outside loop");
  CHECK(rule_error("def f():\n    for x in y:\n        class A:\n            break\n") == "4:13: 'break' outside loop");
  CHECK(rule_error("while x:\n    try:\n        pass\n    finally:\n        continue\n").empty());
  CHECK(rule_error("while x:\n    def f(): pass\n    break\n").empty());
}

TEST_CASE("parameters are unique and __debug__ is never assigned", "[parse][rules]") {
  CHECK(rule_error("def f(a: int, b, *, a) -> int:\n    return a\n") == "1:21: duplicate argument 'a' in function definition");
  CHECK(rule_error("g = lambda x, x: 1\n") == "1:15: duplicate argument 'x' in function definition");
  CHECK(rule_error("__debug__ = 1\n") == "1:1: cannot assign to __debug__");
  CHECK(rule_error("def f(__debug__): pass\n") == "1:1: cannot assign to __debug__");
  CHECK(rule_error("x.__debug__ = 1\n") == "1:1: cannot assign to __debug__");
  CHECK(rule_error("del __debug__\n") == "1:5: cannot delete __debug__");
  CHECK(rule_error("f(__debug__=1)\n") == "1:1: cannot assign to __debug__");
  CHECK(rule_error("import __debug__\n") == "1:1: cannot assign to __debug__");
  CHECK(rule_error("try:\n    pass\nexcept E as __debug__:\n    pass\n") == "3:1: cannot assign to __debug__");
  CHECK(rule_error("x = __debug__\n").empty());
}

TEST_CASE("global and nonlocal come before any use of the name", "[parse][rules]") {
  CHECK(rule_error("X = 1\ndef f():\n    print(X)\n    global X\n") == "4:5: name 'X' is used prior to global declaration");
  CHECK(rule_error("X = 1\ndef f():\n    X = 2\n    global X\n") == "4:5: name 'X' is assigned to before global declaration");
  CHECK(rule_error("def f(X):\n    global X\n") == "2:5: name 'X' is parameter and global");
  CHECK(rule_error("def f():\n    global X\n    X: int = 1\n") == "3:5: annotated name 'X' can't be global");
  CHECK(rule_error("nonlocal x\n") == "1:1: nonlocal declaration not allowed at module level");
  CHECK(rule_error("def f():\n    nonlocal x\n") == "2:5: no binding for nonlocal 'x' found");
  CHECK(rule_error("class A:\n    nonlocal x\n") == "2:5: no binding for nonlocal 'x' found");
  CHECK(rule_error("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n") ==
        "5:9: name 'x' is used prior to nonlocal declaration");
  CHECK(rule_error("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n").empty());
  CHECK(rule_error("X = 1\ndef f():\n    global X\n    X = 2\n").empty());
}

TEST_CASE("return, yield and await only in functions", "[parse][rules]") {
  CHECK(rule_error("return 1\n") == "1:1: 'return' outside function");
  CHECK(rule_error("yield 1\n") == "1:1: 'yield' outside function");
  CHECK(rule_error("class A:\n    return 1\n") == "2:5: 'return' outside function");
  CHECK(rule_error("def f():\n    await x\n") == "2:5: 'await' outside async function");
  CHECK(rule_error("await x\n") == "1:1: 'await' outside function");
  CHECK(rule_error("def f():\n    return [(yield x) for x in y]\n") == "2:14: 'yield' inside list comprehension");
  CHECK(rule_error("async def f():\n    await x\n").empty());
}

TEST_CASE("2**63 is a literal only negated: INT64_MIN", "[parse][rules]") {
  CHECK(rule_error("x = -9223372036854775808\n").empty());
  CHECK(rule_error("x = -(9223372036854775808)\n").empty());
  CHECK(rule_error("x = 9223372036854775807\n").empty());
  Parsed p("def f() -> int:\n    return 9223372036854775808\n");
  REQUIRE(p.module);
  CHECK(pycxx::check_syntax_rules(*p.module, p.diagnostics));  // not a SyntaxError: sema goes on
  CHECK(p.error() == "2:12: integer literal 9223372036854775808 does not fit in 64 bits: pycxx's int is a 64-bit integer");
}
