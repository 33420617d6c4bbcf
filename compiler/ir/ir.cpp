// Construction of IR nodes (arena per function). Neighbours: ir.hpp, printer.cpp, verifier.cpp.
#include "compiler/ir/ir.hpp"

namespace pycxx::ir {

Value* Function::make(InstKind kind, TypeRef type, std::vector<Value*> operands, std::string text) {
  auto value = std::make_unique<Value>();
  value->kind_ = kind;
  value->type_ = type;
  value->operands_ = std::move(operands);
  value->text_ = std::move(text);
  values_.push_back(std::move(value));
  return values_.back().get();
}

Stmt* Function::make_stmt(StmtKind kind, std::uint32_t line) {
  stmts_.push_back(std::make_unique<Stmt>());
  stmts_.back()->kind_ = kind;
  stmts_.back()->line_ = line;
  return stmts_.back().get();
}

}  // namespace pycxx::ir
