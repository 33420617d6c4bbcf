// Call arguments (positional, keyword, *args, **kwargs, a bare generator expression) and
// parameter lists of def and lambda (positional-only `/`, `*`, keyword-only, `**`,
// defaults, annotations), with CPython's messages for misplaced ones.
#include <fmt/format.h>

#include "compiler/parse/parser_impl.hpp"

namespace pycxx::parse {

using namespace ast;

void Parser::call_arguments(Call* call, Index open, bool allow_genexp) {
  bool keyword_unpacking = false;
  GeneratorExp* bare_genexp = nullptr;
  const char* misplaced = nullptr;
  while (!at(TokenKind::RPar)) {
    Index start = pos_;
    if (at(TokenKind::Star)) {
      advance();
      ExprNode* value = expression();
      auto* node = make<Starred>(start);
      node->value = value;
      if (keyword_unpacking) fail(node->range, "iterable argument unpacking follows keyword argument unpacking");
      call->args.push_back(node);
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      ExprNode* value = expression();
      auto* node = make<Keyword>(start);
      node->value = value;
      call->keywords.push_back(node);
      keyword_unpacking = true;
    } else if ((at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) && kind(1) == TokenKind::Equal) {
      fail(tok().range(), fmt::format("cannot assign to {}", text(tok())));
    } else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      std::string name = name_text(advance());
      advance();
      ExprNode* value = expression();
      auto* node = make<Keyword>(start);
      node->arg = std::move(name);
      node->value = value;
      call->keywords.push_back(node);
    } else {
      ExprNode* value = named_expression(false);
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        ComprehensionList generators = comprehension_clauses();
        auto* genexp = make<GeneratorExp>(start);
        genexp->elt = value;
        genexp->generators = std::move(generators);
        if (!allow_genexp) fail(genexp->range, "invalid syntax");
        if (!call->args.empty() || !call->keywords.empty() || !at(TokenKind::RPar))
          fail(genexp->range, "Generator expression must be parenthesized");
        bare_genexp = genexp;
        value = genexp;
      }
      if (at(TokenKind::Equal))
        fail(range_from(start), "expression cannot contain assignment, perhaps you meant \"==\"?");
      // CPython reports this after reading all the arguments, at the token after them.
      if (!call->keywords.empty() && !misplaced)
        misplaced = keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument";
      call->args.push_back(value);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (misplaced) fail(tok().range(), misplaced);
  expect(TokenKind::RPar);
  // A generator expression that is the only argument borrows the call's parentheses.
  if (bare_genexp) bare_genexp->range = range_from(open);
}

Arguments* Parser::parameters(TokenKind close, bool annotations) {
  auto* args = context_.make<Arguments>();
  ArgList positional;
  bool star_seen = false, slash_seen = false, default_seen = false;
  auto param = [&](bool star_annotation) {
    Index start = pos_;
    std::string name = expect_name();
    ExprNode* annotation = nullptr;
    if (annotations && accept(TokenKind::Colon)) {
      if (star_annotation && at(TokenKind::Star)) {
        annotation = star_expression();
      } else {
        annotation = expression();
      }
    }
    auto* arg = make<Arg>(start);
    arg->arg = std::move(name);
    arg->annotation = annotation;
    return arg;
  };
  while (!at(close)) {
    if (at(TokenKind::LPar))
      fail_here(annotations ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized");
    if (at(TokenKind::Slash)) {
      if (slash_seen) fail_here("/ may appear only once");
      if (star_seen) fail_here("/ must be ahead of *");
      if (positional.empty()) fail_here("at least one argument must precede /");
      slash_seen = true;
      advance();
      args->posonlyargs = std::move(positional);
      positional.clear();
    } else if (at(TokenKind::Star)) {
      if (star_seen) fail_here("* argument may appear only once");
      star_seen = true;
      Index star = pos_;
      advance();
      if (at(TokenKind::Comma) || at(close)) {
        if (at(close) || kind(1) == close || kind(1) == TokenKind::DoubleStar)
          fail(close == TokenKind::Colon ? tok().range() : tokens_[star].range(), "named arguments must follow bare *");
      } else {
        args->vararg = param(true);
        if (at(TokenKind::Equal)) fail_here("var-positional argument cannot have default value");
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args->kwarg = param(false);
      if (at(TokenKind::Equal)) fail_here("var-keyword argument cannot have default value");
      accept(TokenKind::Comma);
      if (!at(close)) fail_here("arguments cannot follow var-keyword argument");
      break;
    } else {
      Arg* arg = param(false);
      ExprNode* value = accept(TokenKind::Equal) ? expression() : nullptr;
      if (star_seen) {
        args->kwonlyargs.push_back(arg);
        args->kw_defaults.push_back(value);
      } else {
        positional.push_back(arg);
        if (value) {
          args->defaults.push_back(value);
          default_seen = true;
        } else if (default_seen) {
          fail(arg->range, "non-default argument follows default argument");
        }
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  args->args = std::move(positional);
  return args;
}

}  // namespace pycxx::parse
