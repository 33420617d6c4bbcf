// The recursive-descent parser's state and rules, shared by the parse_*.cpp files (one per
// group of grammar rules: statements, compound statements, expressions, atoms, arguments,
// strings, patterns, targets). Node ranges follow CPython: from the first token a rule
// consumed to the last one, so `(a + b) * c` starts at the parenthesis.
// Switches on the next token have a `default:`: they pick a rule for the few tokens that
// start it and report any other token, a future one included, as a syntax error. The
// switches that must see every kind (ast_json.cpp, ast_walk.hpp) have none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/lex/lexer.hpp"
#include "compiler/parse/ast.hpp"

namespace pycxx::parse {

// Thrown at the first syntax error; parse_module turns it into a diagnostic.
struct SyntaxErrorException {
  DiagnosticKind kind;
  SourceRange range;
  std::string message;
};

// Whether a token can begin an expression (or a starred item).
bool starts_expression(TokenKind k);
// "function call", "literal", ...: what an expression is, for messages.
const char* describe_expression(const ast::ExprNode* e);

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens, ast::AstContext& context)
      : text_(text), tokens_(std::move(tokens)), context_(context) {}

  ast::Module* module();
  // The body of an f-string replacement field (the tokens of "(expr)").
  ast::ExprNode* fstring_expression();

  // Set when the lexer stopped early: reported if parsing reaches the Error token, or in
  // place of a generic "invalid syntax" as CPython does.
  std::optional<LexError> lex_error_;

 private:
  friend class StringParser;
  using Index = std::size_t;
  // Counts the recursion depth of nested expressions and blocks, so no input overflows the stack.
  struct Guard {
    explicit Guard(Parser& p) : parser(p) { parser.enter(); }
    ~Guard() { parser.leave(); }
    Parser& parser;
  };

  // --- token cursor
  const Token& tok(std::size_t ahead = 0) const {
    std::size_t i = pos_ + ahead;
    if (i >= tokens_.size()) i = tokens_.size() - 1;
    if (i > furthest_) furthest_ = i;
    return tokens_[i];
  }
  TokenKind kind(std::size_t ahead = 0) const { return tok(ahead).kind; }
  bool at(TokenKind k) const { return kind() == k; }
  bool at_name(std::string_view word) const { return at(TokenKind::Name) && tok().text(text_) == word; }
  const Token& advance();
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  // A token the grammar needs here; a missing one is "invalid syntax" (a missing ':' before
  // the end of the line is "expected ':'", as in CPython's invalid_* rules).
  const Token& expect(TokenKind k);
  // A token CPython's grammar forces (`&&':'`): a missing one is "expected ':'".
  const Token& expect_forced(TokenKind k);
  std::string_view text(const Token& t) const { return t.text(text_); }
  std::string name_text(const Token& t) const;  // NFKC-normalised identifier
  std::string expect_name();

  SourceRange range_from(Index start) const { return {tokens_[start].begin, prev_end_}; }
  template <class T>
  T* make(Index start) {
    return context_.make<T>(range_from(start));
  }
  template <class T>
  T* make_range(SourceRange range) {
    return context_.make<T>(range);
  }

  // --- errors
  [[noreturn]] void fail(SourceRange range, std::string message, DiagnosticKind kind = DiagnosticKind::SyntaxError);
  [[noreturn]] void fail_here(std::string message) { fail(tok().range(), std::move(message)); }
  [[noreturn]] void invalid_syntax();  // at the current token
  [[noreturn]] void fail_lex();        // the lexer's error, reached by the parser
  void forgotten_comma();              // fails with CPython's hint if two expressions touch
  void enter();                        // recursion guard
  void leave() { --depth_; }
  // A left-nested chain (`a + b + c`, `a.b.c`) deepens the tree without recursion here, but
  // every walker of the tree recurses, and so does the C++ compiler on the nested calls it
  // becomes (clang 16 crashes at about 1,500): `chain` counts its links against kMaxChain.
  void deepen(int& chain) {
    if (depth_ + ++chain > kMaxChain) fail_here("too many nested expressions");
  }
  static constexpr int kMaxDepth = 2000;
  static constexpr int kMaxChain = 1000;

  // --- statements (parse_stmt.cpp)
  void statement(ast::StmtList& out);
  void simple_statements(ast::StmtList& out);
  ast::StmtNode* simple_statement();
  ast::StmtNode* expression_statement();
  ast::StmtNode* import_statement();
  ast::StmtNode* from_import_statement();
  // The body after `:`; `what` and `start` name the statement for "expected an indented block".
  ast::StmtList block(std::string_view what, Index start);
  // --- compound statements (parse_compound.cpp)
  ast::StmtNode* compound_statement();
  ast::StmtNode* if_statement(Index start);
  ast::StmtNode* while_statement();
  ast::StmtNode* for_statement(Index start, bool is_async);
  ast::StmtNode* with_statement(Index start, bool is_async);
  ast::StmtNode* try_statement();
  ast::StmtNode* function_def(Index start, bool is_async, ast::ExprList decorators);
  ast::StmtNode* class_def(Index start, ast::ExprList decorators);
  ast::StmtNode* decorated();
  // --- match statement (parse_match.cpp)
  bool at_match_statement();  // tries the `match` soft keyword, then rewinds
  ast::StmtNode* match_statement();
  ast::ExprNode* match_subject();
  ast::PatternNode* patterns();
  ast::PatternNode* pattern();
  ast::PatternNode* or_pattern();
  ast::PatternNode* closed_pattern();
  ast::PatternNode* sequence_pattern(TokenKind close, Index start);
  ast::PatternNode* mapping_pattern(Index start);
  ast::PatternNode* class_pattern(Index start, ast::ExprNode* cls);
  ast::ExprNode* literal_expression(bool allow_complex);
  ast::ExprNode* signed_number();
  ast::ExprNode* name_or_attr();

  // --- expressions (parse_expr.cpp)
  ast::ExprNode* star_expressions();           // a, *b, c  -> Tuple
  ast::ExprNode* star_expression();            // *a | expression
  ast::ExprNode* star_named_expression();      // *a | named_expression
  // x := e | expression. `check_assignment`: a stray `=` after it gets CPython's hints.
  ast::ExprNode* named_expression(bool check_assignment = true);
  ast::ExprNode* expression();                 // a if b else c | lambda
  ast::ExprNode* yield_expression();
  ast::ExprNode* disjunction();
  ast::ExprNode* conjunction();
  ast::ExprNode* inversion();
  ast::ExprNode* comparison();
  ast::ExprNode* bitwise_or();
  ast::ExprNode* bitwise_xor();
  ast::ExprNode* bitwise_and();
  ast::ExprNode* shift_expr();
  ast::ExprNode* sum();
  ast::ExprNode* term();
  ast::ExprNode* factor();
  ast::ExprNode* power();
  ast::ExprNode* await_primary();
  ast::ExprNode* primary();
  ast::ExprNode* lambda();
  // --- atoms and displays (parse_atom.cpp)
  ast::ExprNode* atom();
  ast::ExprNode* paren_atom();
  ast::ExprNode* list_atom();
  ast::ExprNode* brace_atom();
  ast::ExprNode* slices();
  ast::ExprNode* slice();
  ast::ComprehensionList comprehension_clauses();
  void no_unpacking_in_comprehension(ast::ExprNode* element);
  ast::ExprNode* number_constant(const Token& t);
  // --- call arguments and parameters (parse_args.cpp)
  // After `(`, through `)`. A class's bases may not be a bare generator expression.
  void call_arguments(ast::Call* call, Index open, bool allow_genexp = true);
  ast::Arguments* parameters(TokenKind close, bool annotations);
  // --- targets (parse_target.cpp)
  ast::ExprNode* star_targets(bool allow_in);  // for-loop and comprehension targets
  ast::ExprNode* target_item();
  // `hint`: an invalid target that is a whole `x = value` target gets CPython's
  // "here. Maybe you meant '==' instead of '='?".
  void set_context(ast::ExprNode* target, ast::ExprContext ctx, bool hint = false);
  // --- strings (parse_string.cpp)
  ast::ExprNode* strings();

  std::string_view text_;
  std::vector<Token> tokens_;
  ast::AstContext& context_;
  std::size_t pos_ = 0;
  mutable std::size_t furthest_ = 0;  // the furthest token looked at, as CPython's p->fill
  SourceLoc prev_end_;  // end of the last consumed token other than NEWLINE/INDENT/DEDENT
  int depth_ = 0;
  // The last disjunction parsed: [start, end) token indices, for "Perhaps you forgot a comma?".
  Index last_disjunction_start_ = 0, last_disjunction_end_ = 0;
  bool in_fstring_ = false;
};


}  // namespace pycxx::parse
