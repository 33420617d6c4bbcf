// The lexer: NEWLINE/INDENT/DEDENT rules, implicit and explicit line joining, comments,
// every number and string form, line ends, and the lexer's errors.
#include <catch2/catch.hpp>

#include "parse_helpers.hpp"

using pycxx::Lexer;
using pycxx::TokenKind;
using pycxx::test::token_kinds;
using K = TokenKind;

TEST_CASE("indentation gives INDENT and DEDENT; blank and comment lines do not count", "[lex]") {
  auto kinds = token_kinds("if x:\n    y\n\n  # comment\n    z\nw\n");
  std::vector<K> expected{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                          K::Name, K::Newline, K::Dedent, K::Name, K::Newline};
  CHECK(kinds == expected);
}

TEST_CASE("newlines inside brackets and after a backslash join lines", "[lex]") {
  CHECK(token_kinds("f(a,\n  b)\n") == std::vector<K>{K::Name, K::LPar, K::Name, K::Comma, K::Name, K::RPar, K::Newline});
  CHECK(token_kinds("x = 1 + \\\n    2\n") == std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Number, K::Newline});
}

TEST_CASE("a file without a trailing newline still ends its line and its blocks", "[lex]") {
  CHECK(token_kinds("if x:\n  y") == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline, K::Dedent});
}

TEST_CASE("\\r\\n and \\r end lines like \\n, and columns restart after them", "[lex]") {
  auto result = Lexer("a\r\nbb\rccc").run();
  REQUIRE(result.tokens.size() == 7);
  CHECK(result.tokens[2].begin == pycxx::SourceLoc{2, 0});
  CHECK(result.tokens[4].begin == pycxx::SourceLoc{3, 0});
  CHECK(result.tokens[4].end == pycxx::SourceLoc{3, 3});
}

TEST_CASE("tabs indent to the next multiple of 8 and form feeds reset the count", "[lex]") {
  CHECK_FALSE(Lexer("if x:\n\ty\n\tz\n").run().error);
  CHECK(Lexer("if x:\n  \ty\n\tz\n").run().error);  // 2 spaces + tab is 8 columns, but not the same text
  auto mixed = Lexer("if x:\n        y\n\tz\n").run();  // a tab and 8 spaces: same column, ambiguous
  REQUIRE(mixed.error);
  CHECK(mixed.error->message == "inconsistent use of tabs and spaces in indentation");
  CHECK_FALSE(Lexer("if x:\n  y\n\f  z\n").run().error);
}

TEST_CASE("every number form is one token", "[lex]") {
  for (const char* n : {"0", "1_000", "0x_FF", "0o17", "0B1010", "1.5", ".5", "1.", "1e10", "1E-3", "1_0.0_1e+1_0", "3j", "1.5J", "00"}) {
    INFO(n);
    CHECK(token_kinds(n) == std::vector<K>{K::Number, K::Newline});
  }
}

TEST_CASE("malformed numbers get CPython's messages", "[lex]") {
  CHECK(Lexer("0x").run().error->message == "invalid hexadecimal literal");
  CHECK(Lexer("0b12").run().error->message == "invalid digit '2' in binary literal");
  CHECK(Lexer("1__0").run().error->message == "invalid decimal literal");
  CHECK(Lexer("012").run().error->message ==
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  CHECK(Lexer("1abc").run().error->message == "invalid decimal literal");
  CHECK_FALSE(Lexer("1if x else 2").run().error);
}

TEST_CASE("strings take every prefix in any case, and triple quotes span lines", "[lex]") {
  for (const char* s : {"'a'", "\"a\"", "r'\\d'", "b'x'", "u'x'", "f'{x}'", "rb'x'", "Br'x'", "fR'x'", "RF'x'", "'''a\nb'''", "'\\''"}) {
    INFO(s);
    CHECK(token_kinds(s) == std::vector<K>{K::String, K::Newline});
  }
  CHECK(token_kinds("ub'x'") != std::vector<K>{K::String, K::Newline});  // not a prefix
}

TEST_CASE("unterminated strings say where they were detected", "[lex]") {
  CHECK(Lexer("x = 'abc\n").run().error->message == "unterminated string literal (detected at line 1)");
  CHECK(Lexer("x = '''abc\n\n").run().error->message == "unterminated triple-quoted string literal (detected at line 2)");
}

TEST_CASE("comments and unknown characters", "[lex]") {
  CHECK(token_kinds("x  # a comment\n") == std::vector<K>{K::Name, K::Newline});
  CHECK(token_kinds("a $ b") == std::vector<K>{K::Name, K::Unknown, K::Name, K::Newline});
  CHECK(Lexer("a \x01").run().error->message == "invalid non-printable character U+0001");
}
