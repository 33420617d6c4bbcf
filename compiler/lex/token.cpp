// Token kind names and the keyword table, generated from token_kind.def.
#include "compiler/lex/token.hpp"

namespace pycxx {

std::string_view token_kind_spelling(TokenKind kind) {
  switch (kind) {
#define PYCXX_TOKEN(Name, Spelling) \
  case TokenKind::Name:             \
    return Spelling;
#include "compiler/lex/token_kind.def"
  }
  return "?";
}

TokenKind keyword_kind(std::string_view word) {
  // Keywords are 2 to 8 lowercase letters or a capitalised constant: a cheap filter first.
  if (word.size() < 2 || word.size() > 8) return TokenKind::Name;
#define PYCXX_TOKEN(Name, Spelling)
#define PYCXX_KEYWORD(Name, Spelling) \
  if (word == Spelling) return TokenKind::Name;
#include "compiler/lex/token_kind.def"
  return TokenKind::Name;
}

}  // namespace pycxx
