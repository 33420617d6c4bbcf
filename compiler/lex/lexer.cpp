// The lexer's main loop: logical lines, indentation, brackets, comments, names and
// operators. Numbers and strings are scanned in lex_literals.cpp.
#include <fmt/format.h>

#include "compiler/lex/lexer.hpp"

namespace pycxx {

namespace {
bool is_name_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
}  // namespace

void Lexer::take_newline() {
  if (peek() == '\r' && peek(1) == '\n') ++pos_;
  ++pos_;
  ++line_;
  line_start_ = pos_;
}

void Lexer::push(TokenKind kind, std::size_t begin, SourceLoc begin_loc) {
  Token token;
  token.kind = kind;
  token.offset = static_cast<std::uint32_t>(begin);
  token.length = static_cast<std::uint32_t>(pos_ - begin);
  token.begin = begin_loc;
  token.end = loc(pos_);
  token.depth = static_cast<std::uint8_t>(std::min<std::size_t>(brackets_.size(), 255));
  result_.tokens.push_back(token);
  if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) line_has_tokens_ = true;
}

void Lexer::fail(DiagnosticKind kind, SourceRange range, std::string message) {
  if (!result_.error) {
    bool quiet = kind == DiagnosticKind::InvalidIndentation || message == "unexpected EOF while parsing" ||
                 message == "unexpected character after line continuation character";
    result_.error = LexError{kind, range, std::move(message), false, !quiet};
  }
  Token token;
  token.kind = TokenKind::Error;
  token.offset = static_cast<std::uint32_t>(std::min(pos_, text_.size()));
  token.begin = range.begin;
  token.end = range.end;
  result_.tokens.push_back(token);
}

LexResult Lexer::run() {
  result_.tokens.reserve(text_.size() / 4 + 16);
  if (text_.find('\0') != std::string_view::npos) {
    fail(DiagnosticKind::SyntaxError, SourceRange::at({first_line_, 0}), "source code string cannot contain null bytes");
    return std::move(result_);
  }
  while (true) {
    if (at_line_start_) {
      if (!indentation()) return std::move(result_);
      if (at_line_start_) continue;  // a blank line was skipped
    }
    // Whitespace, comments and continuation lines between tokens.
    char c = peek();
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      continue;
    }
    if (c == '#') {
      while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
      continue;
    }
    if (c == '\\') {
      std::size_t at = pos_;
      ++pos_;
      if (peek() == '\n' || peek() == '\r') {
        SourceLoc after = loc(at + 1);
        take_newline();
        if (at_end()) {
          fail(DiagnosticKind::SyntaxError, SourceRange::at(after), "unexpected EOF while parsing");
          return std::move(result_);
        }
        continue;
      }
      fail(DiagnosticKind::SyntaxError, SourceRange::at(loc(at + 1)), "unexpected character after line continuation character");
      return std::move(result_);
    }
    if (at_end()) {
      end_of_file();
      return std::move(result_);
    }
    if (c == '\n' || c == '\r') {
      if (!brackets_.empty()) {
        take_newline();
        continue;
      }
      SourceLoc begin_loc = loc(pos_);
      Token token;
      token.kind = TokenKind::Newline;
      token.offset = static_cast<std::uint32_t>(pos_);
      token.length = 1;
      token.begin = begin_loc;
      token.end = {begin_loc.line, begin_loc.column + 1};
      result_.tokens.push_back(token);
      take_newline();
      at_line_start_ = true;
      line_has_tokens_ = false;
      continue;
    }
    bool ok;
    auto uc = static_cast<unsigned char>(c);
    if ((c >= '0' && c <= '9') || (c == '.' && peek(1) >= '0' && peek(1) <= '9'))
      ok = scan_number();
    else if (is_name_start(uc))
      ok = scan_name();
    else if (c == '"' || c == '\'')
      ok = scan_string(pos_, loc(pos_), false);
    else
      ok = scan_operator();
    if (!ok) return std::move(result_);
  }
}

bool Lexer::indentation() {
  std::uint32_t col = 0, alt = 0;
  std::size_t begin = pos_;
  while (true) {
    char c = peek();
    if (c == ' ') {
      ++col, ++alt;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      alt = alt + 1;
    } else if (c == '\f') {
      col = alt = 0;
    } else {
      break;
    }
    ++pos_;
  }
  char c = peek();
  if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && (peek(1) == '\n' || peek(1) == '\r')) || at_end()) {
    // A blank or comment-only line: no tokens, no indentation change.
    if (c == '#') {
      while (!at_end() && peek() != '\n' && peek() != '\r') ++pos_;
    }
    if (at_end()) {
      at_line_start_ = false;  // end_of_file() takes over in the main loop
      return true;
    }
    if (c == '\\') {
      // CPython keeps the line's indentation when a line starts with a continuation.
      at_line_start_ = false;
      pos_ = begin;
      goto measure;
    }
    take_newline();
    return true;
  }
  at_line_start_ = false;
  if (!brackets_.empty()) return true;
measure:
  if (col == indents_.back()) {
    if (alt != alt_indents_.back()) {
      fail(DiagnosticKind::InvalidIndentation, SourceRange::at({line_, 0}), "inconsistent use of tabs and spaces in indentation");
      return false;
    }
  } else if (col > indents_.back()) {
    if (indents_.size() >= 100) {
      fail(DiagnosticKind::InvalidIndentation, SourceRange::at(loc(pos_)), "too many levels of indentation");
      return false;
    }
    if (alt <= alt_indents_.back()) {
      fail(DiagnosticKind::InvalidIndentation, SourceRange::at({line_, 0}), "inconsistent use of tabs and spaces in indentation");
      return false;
    }
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    push(TokenKind::Indent, pos_, loc(pos_));
    result_.tokens.back().length = 0;
    line_has_tokens_ = false;
  } else {
    // Check the new column is a level on the stack before giving any DEDENT, so that the
    // parser meets the error where the block would have ended.
    std::size_t level = indents_.size() - 1;
    while (level > 0 && col < indents_[level]) --level;
    if (col != indents_[level]) {
      // CPython points just past the end of the offending line.
      std::size_t end = pos_;
      while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
      fail(DiagnosticKind::InvalidIndentation, SourceRange::at(loc(end)), "unindent does not match any outer indentation level");
      return false;
    }
    while (indents_.size() > level + 1) {
      indents_.pop_back();
      alt_indents_.pop_back();
      push(TokenKind::Dedent, pos_, loc(pos_));
      result_.tokens.back().length = 0;
    }
    if (alt != alt_indents_.back()) {
      fail(DiagnosticKind::InvalidIndentation, SourceRange::at({line_, 0}), "inconsistent use of tabs and spaces in indentation");
      return false;
    }
    line_has_tokens_ = false;
  }
  return true;
}

void Lexer::end_of_file() {
  if (!brackets_.empty()) {
    const Bracket& open = brackets_.back();
    fail(DiagnosticKind::SyntaxError, SourceRange::at(open.loc), fmt::format("'{}' was never closed", open.ch));
    result_.error->unclosed_bracket = true;
    return;
  }
  if (line_has_tokens_) {
    push(TokenKind::Newline, pos_, loc(pos_));
    line_has_tokens_ = false;
  }
  while (indents_.size() > 1) {
    indents_.pop_back();
    push(TokenKind::Dedent, pos_, loc(pos_));
  }
  push(TokenKind::EndMarker, pos_, loc(pos_));
}

bool Lexer::scan_name() {
  std::size_t begin = pos_;
  SourceLoc begin_loc = loc(pos_);
  bool non_ascii = false;
  while (!at_end() && is_name_char(static_cast<unsigned char>(peek()))) {
    if (static_cast<unsigned char>(peek()) >= 0x80) non_ascii = true;
    ++pos_;
  }
  std::string_view word = text_.substr(begin, pos_ - begin);
  char q = peek();
  if ((q == '"' || q == '\'') && word.size() <= 2) {
    // A string prefix: r, u, b, f, br, rb, fr, rf in any case.
    bool r = false, b = false, u = false, f = false, valid = true;
    for (char ch : word) {
      switch (ch | 0x20) {
        case 'r': valid &= !r; r = true; break;
        case 'b': valid &= !b; b = true; break;
        case 'u': valid &= !u; u = true; break;
        case 'f': valid &= !f; f = true; break;
        default: valid = false;
      }
    }
    if (valid && !(u && (r || b || f)) && !(b && f)) return scan_string(begin, begin_loc, f);
  }
  if (non_ascii) {
    // Reject characters that cannot be in an identifier (punctuation, symbols, spaces).
    for (std::size_t i = begin; i < pos_;) {
      auto c0 = static_cast<unsigned char>(text_[i]);
      if (c0 < 0x80) {
        ++i;
        continue;
      }
      std::uint32_t cp;
      int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
      cp = c0 & (0x3F >> (n - 1));
      for (int k = 1; k < n && i + k < text_.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text_[i + k]) & 0x3F);
      bool bad = (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA && cp != 0xB7) || cp == 0xD7 || cp == 0xF7 ||
                 (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x23FF) || (cp >= 0x2500 && cp <= 0x27BF) ||
                 (cp >= 0x3000 && cp <= 0x3003) || cp == 0xFEFF || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x20A0 && cp <= 0x20CF);
      bool unprintable = cp == 0xA0 || cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) ||
                         (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF;
      if (unprintable) {
        fail(DiagnosticKind::InvalidCharacter, SourceRange::at(loc(i)), fmt::format("invalid non-printable character U+{:04X}", cp));
        return false;
      }
      if (bad) {
        fail(DiagnosticKind::InvalidCharacter, SourceRange::at(loc(i)), fmt::format("invalid character '{}' (U+{:04X})", text_.substr(i, n), cp));
        return false;
      }
      i += n;
    }
  }
  push(keyword_kind(word), begin, begin_loc);
  result_.tokens.back().non_ascii = non_ascii;
  return true;
}

bool Lexer::scan_operator() {
  std::size_t begin = pos_;
  SourceLoc begin_loc = loc(pos_);
  char c = peek(), c1 = peek(1), c2 = peek(2);
  TokenKind kind;
  int len = 1;
  auto pick = [&](TokenKind one, char second, TokenKind two) {
    if (c1 == second) {
      len = 2;
      return two;
    }
    return one;
  };
  switch (c) {
    case '(': case '[': case '{':
      if (brackets_.size() >= 200) {
        fail_at(pos_, "too many nested parentheses");
        return false;
      }
      brackets_.push_back({c, begin_loc});
      kind = c == '(' ? TokenKind::LPar : c == '[' ? TokenKind::LSqb : TokenKind::LBrace;
      break;
    case ')': case ']': case '}': {
      char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (brackets_.empty()) {
        fail_at(pos_, fmt::format("unmatched '{}'", c));
        return false;
      }
      if (brackets_.back().ch != open) {
        const Bracket& b = brackets_.back();
        if (b.loc.line != begin_loc.line)
          fail_at(pos_, fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c, b.ch, b.loc.line));
        else
          fail_at(pos_, fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'", c, b.ch));
        return false;
      }
      brackets_.pop_back();
      kind = c == ')' ? TokenKind::RPar : c == ']' ? TokenKind::RSqb : TokenKind::RBrace;
      break;
    }
    case ':': kind = pick(TokenKind::Colon, '=', TokenKind::ColonEqual); break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '+': kind = pick(TokenKind::Plus, '=', TokenKind::PlusEqual); break;
    case '-':
      if (c1 == '>') {
        kind = TokenKind::RArrow;
        len = 2;
      } else {
        kind = pick(TokenKind::Minus, '=', TokenKind::MinEqual);
      }
      break;
    case '*':
      if (c1 == '*') {
        kind = c2 == '=' ? TokenKind::DoubleStarEqual : TokenKind::DoubleStar;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = pick(TokenKind::Star, '=', TokenKind::StarEqual);
      }
      break;
    case '/':
      if (c1 == '/') {
        kind = c2 == '=' ? TokenKind::DoubleSlashEqual : TokenKind::DoubleSlash;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = pick(TokenKind::Slash, '=', TokenKind::SlashEqual);
      }
      break;
    case '|': kind = pick(TokenKind::VBar, '=', TokenKind::VBarEqual); break;
    case '&': kind = pick(TokenKind::Amper, '=', TokenKind::AmperEqual); break;
    case '%': kind = pick(TokenKind::Percent, '=', TokenKind::PercentEqual); break;
    case '^': kind = pick(TokenKind::Circumflex, '=', TokenKind::CircumflexEqual); break;
    case '@': kind = pick(TokenKind::At, '=', TokenKind::AtEqual); break;
    case '~': kind = TokenKind::Tilde; break;
    case '=': kind = pick(TokenKind::Equal, '=', TokenKind::EqEqual); break;
    case '<':
      if (c1 == '<') {
        kind = c2 == '=' ? TokenKind::LeftShiftEqual : TokenKind::LeftShift;
        len = c2 == '=' ? 3 : 2;
      } else if (c1 == '>') {
        kind = TokenKind::Unknown;  // Python 2's `<>`
        len = 2;
      } else {
        kind = pick(TokenKind::Less, '=', TokenKind::LessEqual);
      }
      break;
    case '>':
      if (c1 == '>') {
        kind = c2 == '=' ? TokenKind::RightShiftEqual : TokenKind::RightShift;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = pick(TokenKind::Greater, '=', TokenKind::GreaterEqual);
      }
      break;
    case '!':
      kind = c1 == '=' ? TokenKind::NotEqual : TokenKind::Unknown;
      len = c1 == '=' ? 2 : 1;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = TokenKind::Ellipsis;
        len = 3;
      } else {
        kind = TokenKind::Dot;
      }
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
        fail_at(pos_, fmt::format("invalid non-printable character U+{:04X}", static_cast<unsigned>(c)));
        return false;
      }
      kind = TokenKind::Unknown;
      break;
  }
  pos_ += len;
  push(kind, begin, begin_loc);
  return true;
}

}  // namespace pycxx
