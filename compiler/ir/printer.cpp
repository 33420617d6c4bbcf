// The IR as text: values as nested calls with their types, statements indented. Used by
// tests and when debugging a pass (mypyc's ir/pprint.py). Neighbours: ir.hpp, verifier.cpp.
#include <fmt/format.h>

#include "compiler/ir/ir.hpp"

namespace pycxx::ir {
namespace {

std::string_view inst_name(InstKind kind) {
  switch (kind) {
#define PYCXX_INST(Name, Description) \
  case InstKind::Name:                \
    return #Name;
#include "compiler/ir/inst_kind.def"
  }
  return "?";
}

void print_block(std::string& out, const std::vector<Stmt*>& body, int depth);

std::string print_value(const Value* value) {
  if (!value) return "None";
  std::string text = fmt::format("{}:{}", inst_name(value->kind_), type_name(value->type_));
  if (!value->block_locals_.empty()) {
    std::string locals;
    for (const Local& local : value->block_locals_) locals += (locals.empty() ? "" : ", ") + local.name_ + ": " + type_name(local.type_);
    text += "<" + locals + ">";
  }
  if (!value->body_.empty()) {
    std::string body;
    print_block(body, value->body_, 2);
    text += "{\n" + body + "  }";
  }
  if (!value->text_.empty()) text += "[" + value->text_ + "]";
  if (value->kind_ == InstKind::Runtime) text += "[" + runtime_entity(*value) + "]";
  if (value->kind_ == InstKind::TupleGet) text += fmt::format("[{}]", value->int_);
  if (value->in_bounds_) text += fmt::format("{{in bounds {:#b}}}", value->in_bounds_);
  if (!value->operands_.empty()) {
    text += "(";
    for (std::size_t i = 0; i < value->operands_.size(); ++i) text += (i ? ", " : "") + print_value(value->operands_[i]);
    text += ")";
  }
  return text;
}

void print_stmt(std::string& out, const Stmt* stmt, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  switch (stmt->kind_) {
    case StmtKind::Assign:
      out += fmt::format("{}{} = {}\n", indent, stmt->target_, print_value(stmt->value_));
      return;
    case StmtKind::Eval:
      out += fmt::format("{}eval {}\n", indent, print_value(stmt->value_));
      return;
    case StmtKind::If:
      out += fmt::format("{}if {}:\n", indent, print_value(stmt->value_));
      print_block(out, stmt->body_, depth + 1);
      break;
    case StmtKind::While:
      out += fmt::format("{}while {}:\n", indent, print_value(stmt->value_));
      print_block(out, stmt->body_, depth + 1);
      break;
    case StmtKind::ForRange: {
      std::string args;
      for (const Value* v : stmt->range_) args += (args.empty() ? "" : ", ") + print_value(v);
      out += fmt::format("{}for {} in range({}){}:\n", indent, stmt->target_, args,
                         stmt->checked_step_ ? "" : " [step proven non-zero]");
      print_block(out, stmt->body_, depth + 1);
      break;
    }
    case StmtKind::Yield:
      out += fmt::format("{}yield {}\n", indent, print_value(stmt->value_));
      return;
    case StmtKind::Define:
      out += fmt::format("{}{} := {}\n", indent, stmt->target_, print_value(stmt->value_));
      return;
    case StmtKind::ForEach:
      out += fmt::format("{}for {} in {}:\n", indent, stmt->target_, print_value(stmt->value_));
      print_block(out, stmt->body_, depth + 1);
      break;
    case StmtKind::Break:
      out += indent + "break\n";
      return;
    case StmtKind::Continue:
      out += indent + "continue\n";
      return;
    case StmtKind::Return:
      out += fmt::format("{}return {}\n", indent, print_value(stmt->value_));
      return;
    case StmtKind::Raise: {
      std::string raised;
      if (stmt->value_)
        raised = print_value(stmt->value_);
      else if (stmt->message_)
        raised = fmt::format("{}(str({}))", exception_name(stmt->exception_), print_value(stmt->message_));
      else
        raised = fmt::format("{}({}{:?})", exception_name(stmt->exception_), stmt->message_is_repr_ ? "repr " : "",
                             stmt->text_);
      std::string cause = stmt->cause_ ? " from " + print_value(stmt->cause_) : stmt->from_none_ ? " from None" : "";
      out += fmt::format("{}raise {}{}\n", indent, raised, cause);
      return;
    }
    case StmtKind::Reraise:
      out += indent + "raise\n";
      return;
    case StmtKind::TryExcept:
      out += indent + "try:\n";
      print_block(out, stmt->body_, depth + 1);
      for (const Stmt* handler : stmt->handlers_) print_stmt(out, handler, depth);
      break;
    case StmtKind::Handler: {
      std::string names;
      for (exception_kind kind : stmt->exceptions_)
        names += (names.empty() ? "" : ", ") + std::string(exception_name(kind));
      if (stmt->exceptions_.size() > 1) names = "(" + names + ")";
      out += fmt::format("{}except{}{}{}:\n", indent, names.empty() ? "" : " ", names,
                         stmt->target_.empty() ? "" : " as " + stmt->target_);
      print_block(out, stmt->body_, depth + 1);
      return;
    }
    case StmtKind::TryFinally:
      out += fmt::format("{}try [finally {}]:\n", indent, stmt->label_);
      print_block(out, stmt->body_, depth + 1);
      out += fmt::format("{}finally {}:\n", indent, stmt->label_);
      print_block(out, stmt->orelse_, depth + 1);
      return;
    case StmtKind::LeaveTry:
      out += fmt::format("{}leave to finally {}\n", indent, stmt->label_);
      return;
  }
  if (!stmt->orelse_.empty()) {
    out += indent + "else:\n";
    print_block(out, stmt->orelse_, depth + 1);
  }
}

void print_block(std::string& out, const std::vector<Stmt*>& body, int depth) {
  if (body.empty()) out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + "pass\n";
  for (const Stmt* stmt : body) print_stmt(out, stmt, depth);
}

}  // namespace

std::string print_value_text(const Value* value) { return print_value(value); }

std::string print_module(const Module& module) {
  std::string out;
  for (const Constant& constant : module.constants_)
    out += fmt::format("const {}: {} = {}\n", constant.name_, type_name(constant.type_), print_value(constant.value_));
  for (const auto& function : module.functions_) {
    std::string params;
    for (const Local& local : function->locals_)
      if (local.is_param_) params += (params.empty() ? "" : ", ") + local.name_ + ": " + type_name(local.type_);
    out += fmt::format("def {}({}) -> {}:\n", function->name_, params, type_name(function->return_type_));
    for (const Local& local : function->locals_)
      if (!local.is_param_) out += fmt::format("  local {}: {}\n", local.name_, type_name(local.type_));
    print_block(out, function->body_, 1);
  }
  return out;
}

}  // namespace pycxx::ir
