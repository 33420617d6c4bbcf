// Scanning number and string literals: finding where they end and rejecting malformed
// ones with CPython's messages. Their values are computed by the parser
// (compiler/parse/literal_value.cpp), which sees the raw token text.
#include <fmt/format.h>

#include "compiler/lex/lexer.hpp"

namespace pycxx {

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ident(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80 || is_digit(c);
}
}  // namespace

// A number may be followed directly by a few keywords (`1if x else y`), as CPython allows.
bool Lexer::number_end_ok(std::size_t begin) {
  if (!is_ident(peek())) return true;
  if (text_[pos_ - 1] == 'j' || text_[pos_ - 1] == 'J') {
    fail_number(pos_ - 1, "invalid imaginary literal");
    return false;
  }
  std::string_view rest = text_.substr(pos_);
  for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"})
    if (rest.starts_with(kw)) return true;
  fail_number(pos_ - 1, "invalid decimal literal");
  return false;
}

bool Lexer::scan_number() {
  std::size_t begin = pos_;
  SourceLoc begin_loc = loc(pos_);
  // Digits with single underscores between them; returns false on a misplaced underscore.
  auto digits = [&](auto is_ok) {
    while (true) {
      while (is_ok(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!is_ok(peek())) return false;
    }
  };
  char c = peek();
  if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    auto ok = base == 'x' ? +[](char ch) { return is_hex(ch); }
              : base == 'o' ? +[](char ch) { return ch >= '0' && ch <= '7'; }
                            : +[](char ch) { return ch == '0' || ch == '1'; };
    const char* name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    if (peek() == '_') ++pos_;
    if (!ok(peek())) {
      if (base != 'x' && is_digit(peek()))
        fail_number(pos_, fmt::format("invalid digit '{}' in {} literal", peek(), name));
      else
        fail_number(pos_ - (peek() == '_' ? 0 : 1), fmt::format("invalid {} literal", name));
      return false;
    }
    if (!digits(ok)) {
      fail_number(pos_ - 1, fmt::format("invalid {} literal", name));
      return false;
    }
    if (base != 'x' && is_digit(peek())) {
      fail_number(pos_, fmt::format("invalid digit '{}' in {} literal", peek(), name));
      return false;
    }
    if (is_ident(peek())) {
      fail_number(pos_, fmt::format("invalid {} literal", name));
      return false;
    }
    push(TokenKind::Number, begin, begin_loc);
    return true;
  }
  bool is_float = false;
  if (c != '.') {
    if (!digits(is_digit)) {
      fail_number(pos_ - 1, "invalid decimal literal");
      return false;
    }
  }
  if (peek() == '.') {
    is_float = true;
    ++pos_;
    if (is_digit(peek()) && !digits(is_digit)) {
      fail_number(pos_ - 1, "invalid decimal literal");
      return false;
    }
  }
  if (peek() == 'e' || peek() == 'E') {
    std::size_t e = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') ++pos_;
    if (!is_digit(peek())) {
      pos_ = e;  // `1else`: the `e` starts a keyword, not an exponent
      if (!number_end_ok(begin)) return false;
      push(TokenKind::Number, begin, begin_loc);
      return true;
    }
    is_float = true;
    if (!digits(is_digit)) {
      fail_number(pos_ - 1, "invalid decimal literal");
      return false;
    }
  }
  if (peek() == 'j' || peek() == 'J') {
    ++pos_;
    is_float = true;
  }
  if (!is_float && text_[begin] == '0') {
    // Only zeros may follow a leading zero in a decimal integer.
    for (std::size_t i = begin; i < pos_; ++i)
      if (text_[i] != '0' && text_[i] != '_') {
        fail(DiagnosticKind::InvalidNumber, {begin_loc, loc(pos_)},
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        return false;
      }
  }
  if (!number_end_ok(begin)) return false;
  push(TokenKind::Number, begin, begin_loc);
  return true;
}

bool Lexer::scan_string(std::size_t begin, SourceLoc begin_loc, bool is_fstring) {
  char quote = peek();
  std::uint32_t start_line = line_;
  bool triple = peek(1) == quote && peek(2) == quote;
  pos_ += triple ? 3 : 1;
  while (true) {
    if (at_end()) {
      if (triple)
        fail(DiagnosticKind::UnterminatedString, SourceRange::at(begin_loc),
             fmt::format("unterminated triple-quoted string literal (detected at line {})",
                         pos_ == line_start_ && line_ > first_line_ ? line_ - 1 : line_));
      else
        fail(DiagnosticKind::UnterminatedString, SourceRange::at(begin_loc),
             fmt::format("unterminated string literal (detected at line {})", start_line));
      return false;
    }
    char c = peek();
    if (c == '\\') {
      ++pos_;
      if (peek() == '\n' || peek() == '\r')
        take_newline();
      else if (!at_end())
        ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        fail(DiagnosticKind::UnterminatedString, SourceRange::at(begin_loc),
             fmt::format("unterminated string literal (detected at line {})", start_line));
        return false;
      }
      take_newline();
      continue;
    }
    if (c == quote) {
      if (!triple) {
        ++pos_;
        break;
      }
      if (peek(1) == quote && peek(2) == quote) {
        pos_ += 3;
        break;
      }
    }
    ++pos_;
  }
  push(TokenKind::String, begin, begin_loc);
  return true;
}

}  // namespace pycxx
