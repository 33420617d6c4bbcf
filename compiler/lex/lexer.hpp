// The tokenizer: Python source text -> tokens, with CPython's rules for NEWLINE, INDENT
// and DEDENT (implicit joining inside brackets, backslash continuation, blank and comment
// lines, tabs to multiples of 8, form feeds), numbers and strings of every form.
// String tokens keep their raw text: the parser decodes them (compiler/parse/parse_string.cpp)
// and lexes the expressions of f-strings with a second Lexer started at their location.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/lex/token.hpp"

namespace pycxx {

// The first error the lexer met. Lexing stops there: the token list then ends with an
// Error token at `range` and an EndMarker, so the parser reports what came before first.
struct LexError {
  DiagnosticKind kind = DiagnosticKind::SyntaxError;
  SourceRange range;
  std::string message;
  // The text ended inside brackets: CPython reports this in place of a later parser error
  // only, where other lexer errors win over any parser error before them.
  bool unclosed_bracket = false;
  // Whether it wins over an earlier parser error. CPython's tokenizer raises most errors
  // itself, but reports indentation, line-continuation and end-of-file errors only to the
  // parser when it reaches them.
  bool overrides_parser = true;
};

struct LexResult {
  std::vector<Token> tokens;
  std::optional<LexError> error;
};

class Lexer {
 public:
  // `start` is the location of text[0]; tokens on the first line are shifted by its column,
  // which is how f-string expressions get their place in the file.
  explicit Lexer(std::string_view text, SourceLoc start = {1, 0}) : text_(text), line_(start.line), first_line_(start.line), first_col_(start.column) {}

  // Tokenizes the whole text.
  LexResult run();

 private:
  SourceLoc loc(std::size_t pos) const {
    auto col = static_cast<std::uint32_t>(pos - line_start_);
    return {line_, line_ == first_line_ ? col + first_col_ : col};
  }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  bool at_end() const { return pos_ >= text_.size(); }
  // Consumes a line end ("\n", "\r\n" or "\r") at pos_ and starts the next line.
  void take_newline();
  void push(TokenKind kind, std::size_t begin, SourceLoc begin_loc);
  void fail(DiagnosticKind kind, SourceRange range, std::string message);
  void fail_at(std::size_t pos, std::string message) { fail(DiagnosticKind::SyntaxError, SourceRange::at(loc(pos)), std::move(message)); }
  void fail_number(std::size_t pos, std::string message) { fail(DiagnosticKind::InvalidNumber, SourceRange::at(loc(pos)), std::move(message)); }

  bool indentation();  // at the start of a logical line; false on error
  void end_of_file();
  bool scan_name();
  bool scan_number();
  bool scan_string(std::size_t begin, SourceLoc begin_loc, bool is_fstring);
  bool scan_operator();
  bool number_end_ok(std::size_t begin);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t line_;
  std::uint32_t first_line_;
  std::uint32_t first_col_;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  std::vector<std::uint32_t> indents_{0};
  std::vector<std::uint32_t> alt_indents_{0};
  struct Bracket {
    char ch;
    SourceLoc loc;
  };
  std::vector<Bracket> brackets_;
  LexResult result_;
};

}  // namespace pycxx
