// A token of Python source: its kind (token_kind.def), its byte range in the text and its
// CPython location. Tokens are small values pointing into the SourceFile's text; the lexer
// (lexer.hpp) makes them, the parser (compiler/parse) reads them.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/source/source_loc.hpp"

namespace pycxx {

enum class TokenKind : std::uint8_t {
#define PYCXX_TOKEN(Name, Spelling) Name,
#include "compiler/lex/token_kind.def"
};

// "name", "(", "def": what the token is, for messages.
std::string_view token_kind_spelling(TokenKind kind);
// The keyword kind of an identifier, or TokenKind::Name if it is not a reserved word.
TokenKind keyword_kind(std::string_view word);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  // Set on a Name token whose text is not plain ASCII (the parser NFKC-normalises it).
  bool non_ascii = false;
  // How many brackets are open at this token (capped at 255): CPython's "Perhaps you forgot
  // a comma?" hint is given only inside brackets.
  std::uint8_t depth = 0;
  std::uint32_t offset = 0;  // byte offset of the first character in the lexed text
  std::uint32_t length = 0;  // bytes
  SourceLoc begin;
  SourceLoc end;  // one past the last character, as CPython's end_col_offset

  std::string_view text(std::string_view source) const { return source.substr(offset, length); }
  SourceRange range() const { return {begin, end}; }
};

}  // namespace pycxx
