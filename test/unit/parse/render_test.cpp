// The diagnostic renderers (compiler/diagnostics): columns in characters, the id on the
// first line, long lines cut around the caret, SARIF's columnKind.
#include <catch2/catch.hpp>

#include "compiler/diagnostics/emitter.hpp"

using namespace pycxx;

namespace {
Diagnostic error_at(SourceRange range, std::string message) {
  return Diagnostic{DiagnosticKind::TypeMismatch, Severity::Error, "m.py", range, std::move(message), {}};
}
}  // namespace

TEST_CASE("columns print as characters, not UTF-8 bytes", "[render]") {
  SourceFile file("m.py", "s = '\xc3\xa9\xc3\xa9\xc3\xa9' + 1\n");  // 'ééé' + 1: the + is byte 13, character 10
  Diagnostic d = error_at({{1, 13}, {1, 14}}, "bad operand");
  CHECK(render_text(d, &file) == "m.py:1:11: error: bad operand [TypeMismatch]\n    s = '\xc3\xa9\xc3\xa9\xc3\xa9' + 1\n              ^\n");
  std::string json = render_json({with_character_columns(d, file)});
  CHECK(json.find("\"column\":11,") != std::string::npos);
  CHECK(json.find("\"end_column\":12,") != std::string::npos);
  std::string sarif = render_sarif({with_character_columns(d, file)});
  CHECK(sarif.find("\"columnKind\":\"unicodeCodePoints\"") != std::string::npos);
  CHECK(sarif.find("\"startColumn\":11,") != std::string::npos);
}

TEST_CASE("the id stays on the first line of a multi-line message", "[render]") {
  SourceFile file("m.py", "x = f(1)\n");
  std::string text = render_text(error_at({{1, 4}, {1, 8}}, "no form of 'f' takes these arguments:\n  f(a: str)"), &file);
  CHECK(text.starts_with("m.py:1:5: error: no form of 'f' takes these arguments: [TypeMismatch]\n  f(a: str)\n    x = f(1)\n"));
}

TEST_CASE("a long line is echoed as a window around the caret", "[render]") {
  std::string line = "x = " + std::string(1000000, '1') + " + 'a'";
  SourceFile file("m.py", line + "\n");
  auto column = static_cast<std::uint32_t>(line.size() - 5);  // the '+'
  std::string text = render_text(error_at({{1, column}, {1, column + 1}}, "bad operand"), &file);
  CHECK(text.size() < 500);
  CHECK(text.find("m.py:1:1000006: error: bad operand") == 0);
  std::size_t second = text.find('\n') + 1, third = text.find('\n', second) + 1;
  std::string echoed = text.substr(second, third - second - 1), caret = text.substr(third, text.find('\n', third) - third);
  CHECK(echoed.starts_with("    ..."));
  CHECK(echoed.ends_with("11 + 'a'"));
  CHECK(caret.find('^') == echoed.find('+'));
}
