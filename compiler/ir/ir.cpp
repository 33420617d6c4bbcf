// Construction of IR nodes (arena per function) and the runtime-operation table
// (runtime_op.def). Neighbours: ir.hpp, printer.cpp, verifier.cpp.
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

Value* Function::call(RuntimeOp op, TypeRef type, std::vector<Value*> operands, std::string template_args) {
  Value* v = make(InstKind::Runtime, type, std::move(operands));
  v->runtime_ = op;
  v->template_args_ = std::move(template_args);
  return v;
}

const RuntimeOpInfo& runtime_op_info(RuntimeOp op) {
  static constexpr RuntimeOpInfo table[] = {
#define PYCXX_RUNTIME_OP(Name, Entity, Header, Raises, Pure, Unchecked) {#Name, Entity, Header, Raises, Pure, Unchecked},
#include "compiler/ir/runtime_op.def"
  };
  return table[static_cast<std::size_t>(op)];
}

std::string runtime_entity(const Value& v) {
  std::string entity(runtime_op_info(v.runtime_).entity_);
  if (!v.template_args_.empty()) entity += "<" + v.template_args_ + ">";
  return entity;
}

Stmt* Function::make_stmt(StmtKind kind, std::uint32_t line) {
  stmts_.push_back(std::make_unique<Stmt>());
  stmts_.back()->kind_ = kind;
  stmts_.back()->line_ = line;
  return stmts_.back().get();
}

}  // namespace pycxx::ir
