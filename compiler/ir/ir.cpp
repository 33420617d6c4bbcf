// Construction of IR nodes (arena per function). Neighbours: ir.hpp, printer.cpp, verifier.cpp.
#include "compiler/ir/ir.hpp"

namespace pycxx::ir {

Value* Function::make(InstKind kind, TypeRef type, std::vector<Value*> operands, std::string text) {
  values_.push_back(std::make_unique<Value>(Value{kind, type, std::move(operands), std::move(text), {}, {}, 0}));
  return values_.back().get();
}

Stmt* Function::make_stmt(StmtKind kind, std::uint32_t line) {
  stmts_.push_back(std::make_unique<Stmt>());
  stmts_.back()->kind_ = kind;
  stmts_.back()->line_ = line;
  return stmts_.back().get();
}

}  // namespace pycxx::ir
