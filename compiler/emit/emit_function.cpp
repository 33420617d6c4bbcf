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
    // Counted from where the last call stopped, not from the directive: once per byte.
    lines_since_directive_ += static_cast<std::uint32_t>(
        std::count(out_.begin() + static_cast<std::ptrdiff_t>(last_directive_end_), out_.end(), '\n'));
    last_directive_end_ = out_.size();
    if (last_line_ + lines_since_directive_ == py_line) return;
  }
  last_line_ = py_line;
  out_ += fmt::format("#line {} \"{}\"\n", py_line, module_.source_name_);
  last_directive_end_ = out_.size();
  lines_since_directive_ = 0;
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
  // A loop: its header (given the loop's label), the Python loop variable assigned from the C++
  // one (for loops), the body, then the else block that a break jumps over.
  auto loop_statement = [&](auto&& header) {
    Loop loop{!s->orelse_.empty(), labels_++};
    loops_.push_back(loop);
    out_ += fmt::format("{}{} {{\n", indent, header(loop.label));
    if (s->kind_ != ir::StmtKind::While) out_ += fmt::format("{}  {} = loop{}_;\n", indent, s->target_, loop.label);
    block(s->body_, depth + 1);
    out_ += indent + "}\n";
    loops_.pop_back();
    if (!loop.has_else) return;
    block(s->orelse_, depth);
    out_ += fmt::format("{}loop{}_break:;\n", indent, loop.label);
  };
  switch (s->kind_) {
    case ir::StmtKind::Assign:
      out_ += fmt::format("{}{} = {};\n", indent, s->target_, value(s->value_));
      return;
    case ir::StmtKind::Define:
      if (s->value_->kind_ == ir::InstKind::Closure && s->value_->recursive_) {
        // A recursive closure names itself in its body: a std::function declared first.
        std::string params;
        for (const ir::Local& local : s->value_->block_locals_)
          if (local.is_param_) params += (params.empty() ? "" : ", ") + cpp_type(local.type_);
        out_ += fmt::format("{}std::function<{}({})> {};\n{}{} = {};\n", indent, cpp_type(s->value_->result_type_),
                            params, s->target_, indent, s->target_, value(s->value_));
        return;
      }
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
    case ir::StmtKind::While:
      return loop_statement([&](int) { return fmt::format("while ({})", value(s->value_)); });
    case ir::StmtKind::ForRange:
      return loop_statement([&](int label) {
        std::string args;
        for (const ir::Value* v : s->range_) args += (args.empty() ? "" : ", ") + value(v);
        return fmt::format("for (std::int64_t loop{}_ : pycxx::range({}))", label, args);
      });
    case ir::StmtKind::ForEach:
      return loop_statement(
          [&](int label) { return fmt::format("for (auto&& loop{}_ : pycxx::iterate({}))", label, value(s->value_)); });
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
      raise(s, indent);
      return;
    case ir::StmtKind::Reraise:
      out_ += indent + "throw;  // bare raise: the exception being handled\n";
      return;
    case ir::StmtKind::TryExcept:
      try_except(s, depth);
      return;
    case ir::StmtKind::Handler:
      return;  // emitted by its TryExcept (the verifier allows it nowhere else)
    case ir::StmtKind::TryFinally:
      try_finally(s, depth);
      return;
    case ir::StmtKind::LeaveTry:
      out_ += fmt::format("{}goto finally{}_;\n", indent, s->label_);
      return;
  }
}

void CppEmitter::raise(const ir::Stmt* s, const std::string& indent) {
  std::string kind = fmt::format("pycxx::exception_kind::{}", exception_name(s->exception_));
  std::string message = cpp_string_literal(s->text_);
  bool message_is_repr = s->message_is_repr_;
  if (s->message_ && s->message_->type_->is(TypeKind::Str)) {
    // A KeyError's message is the repr of its argument (python_error::message_is_repr).
    message_is_repr = s->exception_ == exception_kind::KeyError;
    message = (message_is_repr ? "pycxx::repr(" : "pycxx::to_str(") + value(s->message_) + ")";
  } else if (s->message_) {
    message = fmt::format("({}).str()", value(s->message_));
  }
  if (message_is_repr) message += ", true";
  if (!s->value_ && !s->cause_ && !s->from_none_ && !message_is_repr) {
    out_ += fmt::format("{}pycxx::raise({}, {});\n", indent, kind, message);
    return;
  }
  // An exception value (`raise e`, or one given a cause): python_error's copy is thrown.
  std::string error = s->value_ ? fmt::format("pycxx::python_error({})", value(s->value_))
                                : fmt::format("pycxx::python_error({}, {})", kind, message);
  if (s->cause_) error += fmt::format(".set_cause({})", value(s->cause_));
  if (s->from_none_) error += ".set_cause_none()";
  out_ += fmt::format("{}pycxx::raise({});\n", indent, error);
}

// try: body  except ...: handlers  else: orelse. One C++ catch of python_error tests the
// handlers' classes in order (exception_kind.def's hierarchy) and rethrows when none
// matches. The else block runs after the try/catch, so its exceptions are not caught here.
// Braces around the whole keep its declarations out of the way of any enclosing goto.
void CppEmitter::try_except(const ir::Stmt* s, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  int label = labels_++;
  bool has_else = !s->orelse_.empty();
  out_ += indent + "{\n";
  if (has_else) out_ += fmt::format("{}  bool try{}_completed = false;\n", indent, label);
  out_ += indent + "  try {\n";
  block(s->body_, depth + 2);
  if (has_else) out_ += fmt::format("{}    try{}_completed = true;\n", indent, label);
  out_ += fmt::format("{}  }} catch (const pycxx::python_error& caught{}_) {{\n", indent, label);
  bool catches_all = false;
  for (std::size_t i = 0; i < s->handlers_.size(); ++i) {
    const ir::Stmt* handler = s->handlers_[i];
    std::string test;
    for (exception_kind kind : handler->exceptions_)
      test += fmt::format("{}caught{}_.matches(pycxx::exception_kind::{})", test.empty() ? "" : " || ", label,
                          exception_name(kind));
    catches_all = handler->exceptions_.empty();
    line(handler->line_, depth + 2);
    if (catches_all)
      out_ += fmt::format("{}    {}{{\n", indent, i ? "} else " : "");
    else
      out_ += fmt::format("{}    {}if ({}) {{\n", indent, i ? "} else " : "", test);
    if (!handler->target_.empty()) out_ += fmt::format("{}      {} = caught{}_;\n", indent, handler->target_, label);
    block(handler->body_, depth + 3);
  }
  if (!catches_all) out_ += indent + "    } else {\n" + indent + "      throw;\n";
  out_ += indent + "    }\n";
  out_ += indent + "  }\n";
  if (has_else) {
    out_ += fmt::format("{}  if (try{}_completed) {{\n", indent, label);
    block(s->orelse_, depth + 2);
    out_ += indent + "  }\n";
  }
  out_ += indent + "}\n";
}

namespace {

bool leaves_to(const std::vector<ir::Stmt*>& body, int label) {
  for (const ir::Stmt* s : body)
    if ((s->kind_ == ir::StmtKind::LeaveTry && s->label_ == label) || leaves_to(s->body_, label) ||
        leaves_to(s->orelse_, label) || leaves_to(s->handlers_, label))
      return true;
  return false;
}

// A co_yield in the statements: a finally_scope must not stay registered while the
// coroutine is suspended (the consumer would run under it).
bool yields(const std::vector<ir::Stmt*>& body) {
  for (const ir::Stmt* s : body)
    if (s->kind_ == ir::StmtKind::Yield || yields(s->body_) || yields(s->orelse_) || yields(s->handlers_)) return true;
  return false;
}

}  // namespace

// try: body  finally: orelse. An exception leaving the body is kept while the finally block
// runs, then re-raised; return/break/continue leave the body by `goto finallyN_` (LeaveTry,
// lowering recorded which in a local and acts on it after this statement). A return, break
// or raise inside the finally block itself replaces the kept exception, as in CPython.
void CppEmitter::try_finally(const ir::Stmt* s, int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out_ += indent + "{\n";
  out_ += fmt::format("{}  std::exception_ptr finally{}_pending;\n", indent, s->label_);
  out_ += indent + "  try {\n";
  block(s->body_, depth + 2);
  out_ += indent + "  } catch (...) {\n";
  out_ += fmt::format("{}    finally{}_pending = std::current_exception();\n", indent, s->label_);
  out_ += indent + "  }\n";
  if (leaves_to(s->body_, s->label_)) out_ += fmt::format("{}finally{}_:;\n", indent, s->label_);
  // While the finally block runs, the pending exception is the one being handled (__context__
  // of any exception raised there), unless the block yields.
  out_ += indent + "  {\n";
  if (!yields(s->orelse_))
    out_ += fmt::format("{}    pycxx::finally_scope finally{}_handling(finally{}_pending);\n", indent, s->label_,
                        s->label_);
  block(s->orelse_, depth + 2);
  out_ += indent + "  }\n";
  out_ += fmt::format("{}  if (finally{}_pending) std::rethrow_exception(finally{}_pending);\n", indent, s->label_,
                      s->label_);
  out_ += indent + "}\n";
}

}  // namespace pycxx
