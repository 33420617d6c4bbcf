// String atoms: implicit concatenation of string tokens, bytes, and f-strings with
// CPython 3.11's tree and locations. The parts of a JoinedStr (its Constants and
// FormattedValues) span the whole concatenation; a format spec's JoinedStr spans its own
// token; replacement-field expressions are lexed from "(expr)" started at the field's `{`,
// so their nodes carry their exact place in the file.
#include <fmt/format.h>

#include "compiler/parse/literal_value.hpp"
#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

class StringParser {
 public:
  StringParser(Parser& p, SourceRange whole) : p_(p), whole_(whole) {}

  // Adds one f-string token's parts to values_ (literal text collects in literal_).
  void fstring_token(const Token& t) {
    std::string_view raw_text = p_.text(t);
    StringPrefix prefix = string_prefix(raw_text);
    std::size_t quote = raw_text.size() - prefix.length >= 6 && raw_text[prefix.length] == raw_text[prefix.length + 1] &&
                                raw_text[prefix.length] == raw_text[prefix.length + 2]
                            ? 3
                            : 1;
    token_ = &t;
    token_text_ = raw_text;
    raw_ = prefix.raw;
    std::size_t pos = prefix.length + quote;
    std::size_t end = raw_text.size() - quote;
    parse_fields(pos, end, 0, values_, literal_);
  }

  void add_literal(std::string_view text) { literal_ += text; }

  JoinedStr* finish() {
    flush(values_, literal_, whole_);
    auto* node = p_.make_range<JoinedStr>(whole_);
    node->values = std::move(values_);
    return node;
  }

 private:
  // CPython reports errors inside an f-string at the end of the whole literal.
  [[noreturn]] void fail(std::string message) { p_.fail(SourceRange::at(whole_.end), std::move(message)); }

  // Every part spans the whole concatenation, except the literal that ends a format spec,
  // which spans the spec's own token (CPython 3.11's choice, reproduced for identical trees).
  void flush(ExprList& values, std::string& literal, SourceRange range) {
    if (literal.empty()) return;
    auto* c = p_.make_range<Constant>(range);
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = std::move(literal);
    literal.clear();
    values.push_back(c);
  }

  // Literal text and replacement fields from `pos` up to `end` (or, inside a format spec,
  // up to its closing brace, returned in pos).
  void parse_fields(std::size_t& pos, std::size_t end, int level, ExprList& values, std::string& literal) {
    std::string_view s = token_text_;
    while (pos < end) {
      std::size_t seg = pos;
      while (pos < end && s[pos] != '{' && s[pos] != '}') {
        if (!raw_ && s[pos] == '\\' && pos + 1 < end) {
          if (s[pos + 1] == 'N' && pos + 2 < end && s[pos + 2] == '{') {
            std::size_t close = s.find('}', pos);
            pos = close == std::string_view::npos || close > end ? end : close + 1;
            continue;
          }
          // A backslash before a brace escapes nothing: the brace still opens a field.
          pos += s[pos + 1] == '{' || s[pos + 1] == '}' ? 1 : 2;
          continue;
        }
        ++pos;
      }
      append_literal(s.substr(seg, pos - seg), literal);
      if (pos >= end) break;
      char c = s[pos];
      if (c == '}') {
        if (level > 0) return;  // the end of a format spec
        if (pos + 1 < end && s[pos + 1] == '}') {
          literal += '}';
          pos += 2;
          continue;
        }
        fail("f-string: single '}' is not allowed");
      }
      if (level == 0 && pos + 1 < end && s[pos + 1] == '{') {
        literal += '{';
        pos += 2;
        continue;
      }
      field(pos, end, level, values, literal);
    }
    if (level > 0) fail("f-string: expecting '}'");
  }

  void append_literal(std::string_view text, std::string& literal) {
    if (text.empty()) return;
    if (raw_) {
      append_normalized(literal, text);
      return;
    }
    std::string error;
    std::size_t offset = 0;
    if (!decode_escapes(text, false, literal, error, offset)) fail(error);
  }

  void field(std::size_t& pos, std::size_t end, int level, ExprList& values, std::string& literal) {
    std::string_view s = token_text_;
    if (level >= 2) fail("f-string: expressions nested too deeply");
    std::size_t brace = pos++;
    std::size_t expr_start = pos;
    char quote = 0;
    int quote_len = 0;
    std::vector<char> nesting;
    for (; pos < end; ++pos) {
      char ch = s[pos];
      if (ch == '\\') fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote && (quote_len == 1 || (pos + 2 < end && s[pos + 1] == quote && s[pos + 2] == quote))) {
          pos += quote_len - 1;
          quote = 0;
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        quote_len = pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch ? 3 : 1;
        pos += quote_len - 1;
        continue;
      }
      if (ch == '[' || ch == '{' || ch == '(') {
        if (nesting.size() >= 200) fail("f-string: too many nested parenthesis");
        nesting.push_back(ch);
        continue;
      }
      if (ch == '#') fail("f-string expression part cannot include '#'");
      if (nesting.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos + 1 < end) {
          char next = s[pos + 1];
          if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
            ++pos;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      }
      if (ch == ']' || ch == '}' || ch == ')') {
        if (nesting.empty()) fail(fmt::format("f-string: unmatched '{}'", ch));
        char open = nesting.back();
        nesting.pop_back();
        if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}'))
          fail(fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open));
      }
    }
    if (quote) fail("f-string: unterminated string");
    if (!nesting.empty()) fail(fmt::format("f-string: unmatched '{}'", nesting.back()));
    if (pos >= end) fail("f-string: expecting '}'");
    std::string_view expr_text = s.substr(expr_start, pos - expr_start);
    if (expr_text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) fail("f-string: empty expression not allowed");
    ExprNode* value = compile_expression(brace, expr_text);

    std::optional<std::string> debug_text;
    if (s[pos] == '=') {
      ++pos;
      while (pos < end && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r' || s[pos] == '\f' || s[pos] == '\v')) ++pos;
      if (pos >= end) fail("f-string: expecting '}'");
      debug_text = std::string(s.substr(expr_start, pos - expr_start));
    }
    Int conversion = -1;
    if (s[pos] == '!') {
      ++pos;
      if (pos >= end) fail("f-string: expecting '}'");
      char c = s[pos++];
      if (c != 's' && c != 'r' && c != 'a') fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
    }
    JoinedStr* spec = nullptr;
    if (pos < end && s[pos] == ':') {
      ++pos;
      ExprList spec_values;
      std::string spec_literal;
      parse_fields(pos, end, level + 1, spec_values, spec_literal);
      flush(spec_values, spec_literal, token_->range());
      spec = p_.make_range<JoinedStr>(token_->range());
      spec->values = std::move(spec_values);
    }
    if (pos >= end || s[pos] != '}') fail("f-string: expecting '}'");
    ++pos;
    if (debug_text) {
      append_normalized(literal, *debug_text);
      if (!spec && conversion == -1) conversion = 'r';
    }
    flush(values, literal, whole_);
    auto* fv = p_.make_range<FormattedValue>(whole_);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values.push_back(fv);
  }

  // Parses the text of a replacement field the way CPython 3.11 does: as "(text)", lexed
  // from the position of the `{` (or, if the field starts with a line break, from the
  // start of the token's line).
  ExprNode* compile_expression(std::size_t brace, std::string_view expr) {
    std::string_view s = token_text_;
    SourceLoc start = token_->begin;
    std::size_t line_begin = 0;
    for (std::size_t i = 0; i < brace; ++i) {
      if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
        ++start.line;
        line_begin = i + 1;
      }
    }
    std::size_t first = expr.find_first_not_of(" \t\f");
    bool newline_after_brace = first == std::string_view::npos || expr[first] == '\n' || expr[first] == '\r';
    if (newline_after_brace)
      start.column = line_begin == 0 ? token_->begin.column : 0;
    else
      start.column = line_begin == 0 ? token_->begin.column + static_cast<std::uint32_t>(brace) : static_cast<std::uint32_t>(brace - line_begin);
    std::string source;
    source.reserve(expr.size() + 2);
    source += '(';
    source += expr;
    source += ')';
    LexResult lexed = Lexer(source, start).run();
    Parser sub(source, std::move(lexed.tokens), p_.context_);
    sub.lex_error_ = std::move(lexed.error);
    sub.in_fstring_ = true;
    sub.depth_ = p_.depth_;
    return sub.fstring_expression();
  }

  Parser& p_;
  SourceRange whole_;
  const Token* token_ = nullptr;
  std::string_view token_text_;
  bool raw_ = false;
  ExprList values_;
  std::string literal_;
};

ExprNode* Parser::fstring_expression() {
  Index start = pos_;
  (void)start;
  ExprNode* e = star_expressions();
  if (!at(TokenKind::Newline) && !at(TokenKind::EndMarker)) invalid_syntax();
  return e;
}

ExprNode* Parser::strings() {
  Index first = pos_;
  bool any_format = false, any_bytes = false, all_bytes = true;
  while (at(TokenKind::String)) {
    StringPrefix prefix = string_prefix(text(tok()));
    any_format |= prefix.format;
    any_bytes |= prefix.bytes;
    all_bytes &= prefix.bytes;
    advance();
  }
  Index last = pos_ - 1;
  SourceRange whole{tokens_[first].begin, tokens_[last].end};
  if (any_bytes && !all_bytes) fail(SourceRange::at(whole.end), "cannot mix bytes and nonbytes literals");
  auto body = [&](const Token& t, StringPrefix& prefix) {
    std::string_view s = text(t);
    prefix = string_prefix(s);
    std::size_t q = s.size() - prefix.length >= 6 && s[prefix.length] == s[prefix.length + 1] && s[prefix.length] == s[prefix.length + 2] ? 3 : 1;
    return s.substr(prefix.length + q, s.size() - prefix.length - 2 * q);
  };
  StringPrefix first_prefix = string_prefix(text(tokens_[first]));
  if (!any_format) {
    auto* node = make_range<Constant>(whole);
    node->value.kind = all_bytes ? ConstantValue::Kind::Bytes : ConstantValue::Kind::Str;
    if (first_prefix.unicode) node->kind = std::string("u");
    for (Index i = first; i <= last; ++i) {
      StringPrefix prefix;
      std::string_view b = body(tokens_[i], prefix);
      if (all_bytes) {
        for (char c : b)
          if (static_cast<unsigned char>(c) >= 0x80) fail(tokens_[i].range(), "bytes can only contain ASCII literal characters");
      }
      if (prefix.raw) {
        append_normalized(node->value.text, b);
      } else {
        std::string error;
        std::size_t offset = 0;
        if (!decode_escapes(b, all_bytes, node->value.text, error, offset))
          fail(SourceRange::at(tokens_[i].end), error, DiagnosticKind::InvalidEscape);  // CPython points past the literal
      }
    }
    return node;
  }
  StringParser builder(*this, whole);
  for (Index i = first; i <= last; ++i) {
    StringPrefix prefix;
    std::string_view b = body(tokens_[i], prefix);
    if (prefix.format) {
      builder.fstring_token(tokens_[i]);
    } else if (prefix.raw) {
      std::string text;
      append_normalized(text, b);
      builder.add_literal(text);
    } else {
      std::string text, error;
      std::size_t offset = 0;
      if (!decode_escapes(b, false, text, error, offset)) fail(SourceRange::at(tokens_[i].end), error, DiagnosticKind::InvalidEscape);
      builder.add_literal(text);
    }
  }
  return builder.finish();
}

}  // namespace pycxx::parse
