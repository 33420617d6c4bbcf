// Functions and statements as C++: a compiled function takes and returns C++ values (no
// Python objects), declares its locals first, and has a `#line` before each statement so
// compiler errors and debuggers point at the .py. A loop with an `else` turns its breaks
// into a goto past the else block. Neighbours: emit_value.cpp, emit_module.cpp.
#include <fmt/format.h>

#include <algorithm>

#include "compiler/emit/emitter.hpp"

namespace pycxx {

void CppEmitter::line(std::uint32_t py_line, int depth) {
  if (!options_.line_directives || py_line == 0) return;
  // Only when the C++ compiler's idea of the current .py line differs (it counts the lines
  // emitted since the last directive), so one Python line split over several C++ lines
  // carries one directive.
  if (last_line_ != 0) {
    auto since = std::count(out_.begin() + static_cast<std::ptrdiff_t>(last_directive_end_), out_.end(), '\n');
    if (last_line_ + static_cast<std::uint32_t>(since) == py_line) return;
  }
  last_line_ = py_line;
  out_ += fmt::format("#line {} \"{}\"\n", py_line, module_.source_name_);
  last_directive_end_ = out_.size();
}

std::string function_signature(const ir::Function& f) {
  std::string params;
  for (const ir::Local& local : f.locals_)
    if (local.is_param_) params += (params.empty() ? "" : ", ") + cpp_type(local.type_) + " " + local.name_;
  std::string result = f.generator_ ? fmt::format("pycxx::generator<{}>", cpp_type(f.return_type_->elements_[0]))
                                    : cpp_type(f.return_type_);
  return fmt::format("{} {}({})", result, f.name_, params);
}

void CppEmitter::function(const ir::Function& f) {
  generator_ = f.generator_;
  line(f.line_, 0);
  out_ += "static " + function_signature(f) + " {\n";
  for (const ir::Local& local : f.locals_)
    if (!local.is_param_) out_ += fmt::format("  {} {}{{}};\n", cpp_type(local.type_), local.name_);
  if (f.may_recurse_) out_ += "  pycxx::check_recursion();  // RecursionError, not a stack overflow\n";
  block(f.body_, 1);
  out_ += "}\n\n";
}

void CppEmitter::block(const std::vector<ir::Stmt*>& body, int depth) {
  for (const ir::Stmt* s : body) stmt(s, depth);
}

void CppEmitter::stmt(const ir::Stmt* s, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  line(s->line_, depth);
  auto loop_end = [&](const Loop& loop) {
    if (!loop.has_else) return;
    block(s->orelse_, depth);
    out_ += fmt::format("{}loop{}_break:;\n", indent, loop.label);
  };
  switch (s->kind_) {
    case ir::StmtKind::Assign:
      out_ += fmt::format("{}{} = {};\n", indent, s->target_, value(s->value_));
      return;
    case ir::StmtKind::Define:
      out_ += fmt::format("{}auto {} = {};\n", indent, s->target_, value(s->value_));
      return;
    case ir::StmtKind::Eval:
      out_ += fmt::format("{}static_cast<void>({});\n", indent, value(s->value_));
      return;
    case ir::StmtKind::If:
      out_ += fmt::format("{}if ({}) {{\n", indent, value(s->value_));
      block(s->body_, depth + 1);
      if (!s->orelse_.empty()) {
        out_ += indent + "} else {\n";
        block(s->orelse_, depth + 1);
      }
      out_ += indent + "}\n";
      return;
    case ir::StmtKind::While: {
      Loop loop{!s->orelse_.empty(), labels_++};
      loops_.push_back(loop);
      out_ += fmt::format("{}while ({}) {{\n", indent, value(s->value_));
      block(s->body_, depth + 1);
      out_ += indent + "}\n";
      loops_.pop_back();
      loop_end(loop);
      return;
    }
    case ir::StmtKind::ForRange: {
      Loop loop{!s->orelse_.empty(), labels_++};
      loops_.push_back(loop);
      std::string args;
      for (const ir::Value* v : s->range_) args += (args.empty() ? "" : ", ") + value(v);
      out_ += fmt::format("{}for (std::int64_t loop{}_ : pycxx::range({})) {{\n", indent, loop.label, args);
      out_ += fmt::format("{}  {} = loop{}_;\n", indent, s->target_, loop.label);
      block(s->body_, depth + 1);
      out_ += indent + "}\n";
      loops_.pop_back();
      loop_end(loop);
      return;
    }
    case ir::StmtKind::ForEach: {
      Loop loop{!s->orelse_.empty(), labels_++};
      loops_.push_back(loop);
      out_ += fmt::format("{}for (auto&& loop{}_ : pycxx::iterate({})) {{\n", indent, loop.label, value(s->value_));
      out_ += fmt::format("{}  {} = loop{}_;\n", indent, s->target_, loop.label);
      block(s->body_, depth + 1);
      out_ += indent + "}\n";
      loops_.pop_back();
      loop_end(loop);
      return;
    }
    case ir::StmtKind::Break:
      if (!loops_.empty() && loops_.back().has_else)
        out_ += fmt::format("{}goto loop{}_break;\n", indent, loops_.back().label);
      else
        out_ += indent + "break;\n";
      return;
    case ir::StmtKind::Continue:
      out_ += indent + "continue;\n";
      return;
    case ir::StmtKind::Return:
      if (!s->value_) out_ += indent + (generator_ ? "co_return;\n" : "return;\n");
      else out_ += fmt::format("{}return {};\n", indent, value(s->value_));
      return;
    case ir::StmtKind::Yield:
      out_ += fmt::format("{}co_yield {};\n", indent, value(s->value_));
      return;
    case ir::StmtKind::Raise:
      out_ += fmt::format("{}pycxx::raise(pycxx::exception_kind::{}, {});\n", indent, exception_name(s->exception_),
                          cpp_string_literal(s->text_));
      return;
  }
}

}  // namespace pycxx
