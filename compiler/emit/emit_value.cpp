// Values as C++ expressions: runtime calls (pycxx::int_add(a, b)), operators that cannot
// fail, conversions, truthiness, selects, temporaries, tuples, direct calls of compiled
// functions and shims. Neighbours: emit_function.cpp (statements), ir/inst_kind.def.
#include <fmt/format.h>

#include <cctype>

#include "compiler/emit/emitter.hpp"

namespace pycxx {
namespace {

// The template argument of pycxx::at/at_mut naming the dimensions proven in bounds.
std::string in_bounds(const ir::Value* v) { return v->in_bounds_ ? fmt::format("<{}u>", v->in_bounds_) : std::string(); }

}  // namespace

std::string CppEmitter::value(const ir::Value* v) {
  auto args = [&](std::size_t from = 0) {
    std::string text;
    for (std::size_t i = from; i < v->operands_.size(); ++i) text += (i > from ? ", " : "") + value(v->operands_[i]);
    return text;
  };
  switch (v->kind_) {
    case ir::InstKind::Literal:
      if (v->type_->is(TypeKind::Str))
        return fmt::format("pycxx::str(std::string({}, {}))", cpp_string_literal(v->text_), v->text_.size());
      // An int literal is spelled as an int64_t: C++'s `7` is an int, and a literal-only
      // subexpression (`7 if a else 8`, `3 & 5`, `~8`) would be an int that makes an overloaded
      // call (abs, round, repr, print, the shims) ambiguous.
      if (v->type_->is(TypeKind::Int) && !v->text_.empty() && (std::isdigit(static_cast<unsigned char>(v->text_[0])) ||
                                                                v->text_[0] == '-' || v->text_[0] == '('))
        return fmt::format("std::int64_t{{{}}}", v->text_);
      return v->text_;
    case ir::InstKind::Local:
    case ir::InstKind::Global:
      return v->text_;
    case ir::InstKind::MakeContainer: {
      std::string items;
      bool dict = v->type_->is(TypeKind::Dict);
      for (std::size_t i = 0; i < v->operands_.size(); i += dict ? 2 : 1) {
        items += items.empty() ? "" : ", ";
        items += dict ? fmt::format("{{{}, {}}}", value(v->operands_[i]), value(v->operands_[i + 1])) : value(v->operands_[i]);
      }
      return fmt::format("{}{{{}}}", cpp_type(v->type_), items);
    }
    case ir::InstKind::Construct:
      if (v->operands_.empty()) return cpp_type(v->type_) + "{}";
      return fmt::format("{}::from_range({})", cpp_type(v->type_), value(v->operands_[0]));
    case ir::InstKind::Block: {
      // [&]() { locals; statements; return result; }(): the statements keep their place inside
      // the expression. No #line inside: the enclosing statement's line stands for it.
      std::string saved = std::move(out_);
      bool saved_lines = options_.line_directives;
      options_.line_directives = false;
      out_.clear();
      for (const ir::Local& local : v->block_locals_) out_ += fmt::format("{} {}{{}}; ", cpp_type(local.type_), local.name_);
      block(v->body_, 0);
      std::string body = std::move(out_);
      out_ = std::move(saved);
      options_.line_directives = saved_lines;
      for (char& c : body)
        if (c == '\n') c = ' ';
      return fmt::format("[&]() {{ {}return {}; }}()", body, value(v->operands_[0]));
    }
    case ir::InstKind::Closure: {
      // [&](T x) -> R { locals; body }: parameters by value (the body may assign them).
      std::string params, locals;
      for (const ir::Local& local : v->block_locals_) {
        if (local.is_param_) params += (params.empty() ? "" : ", ") + cpp_type(local.type_) + " " + local.name_;
        else locals += fmt::format("    {} {}{{}};\n", cpp_type(local.type_), local.name_);
      }
      std::string saved = std::move(out_);
      bool saved_lines = options_.line_directives;
      options_.line_directives = false;
      out_.clear();
      block(v->body_, 2);
      std::string body = std::move(out_);
      out_ = std::move(saved);
      options_.line_directives = saved_lines;
      return fmt::format("[&]({}) -> {} {{\n{}{}  }}", params, cpp_type(v->result_type_), locals, body);
    }
    case ir::InstKind::Lambda: {
      std::string params;
      for (const ir::Local& local : v->block_locals_)
        params += (params.empty() ? "" : ", ") + fmt::format("const {}& {}", cpp_type(local.type_), local.name_);
      return fmt::format("[&]({}) -> {} {{ return {}; }}", params, cpp_type(v->type_->elements_.back()),
                         value(v->operands_[0]));
    }
    case ir::InstKind::Runtime:
      return fmt::format("{}({})", ir::runtime_entity(*v), args());
    case ir::InstKind::CallFunction:
      return fmt::format("{}({})", v->text_, args());
    case ir::InstKind::CallShim: {
      // (Shims are overloaded on int64_t and double: int literals are spelled as int64_t.)
      auto argument = [&](const ir::Value* operand) { return value(operand); };
      std::string fixed;
      std::string rest;
      for (std::size_t i = 0; i < v->operands_.size(); ++i) {
        std::string& into = v->variadic_from_ < 0 || static_cast<std::int64_t>(i) < v->variadic_from_ ? fixed : rest;
        into += (into.empty() ? "" : ", ") + argument(v->operands_[i]);
      }
      if (v->variadic_from_ < 0) return fmt::format("{}({})", v->text_, fixed);
      return fmt::format("{}({}{}{{{}}})", v->text_, fixed, fixed.empty() ? "" : ", ", rest);
    }
    case ir::InstKind::Operator:
      if (v->operands_.size() == 1) {
        // Parenthesised, and spaced from an operand that starts with a sign: -(-p) is never
        // C++'s `--p` (a decrement), and -(-2.5) never `--2.5`.
        std::string operand = value(v->operands_[0]);
        bool sign = !operand.empty() && (operand.front() == '-' || operand.front() == '+');
        return fmt::format("({}{}{})", v->text_, sign ? " " : "", operand);
      }
      return fmt::format("({} {} {})", value(v->operands_[0]), v->text_, value(v->operands_[1]));
    case ir::InstKind::Convert:
      if (v->type_->is(TypeKind::Optional))  // from None (the empty one) or from a T
        return v->operands_[0]->type_->is(TypeKind::None) ? fmt::format("{}{{}}", cpp_type(v->type_))
                                                           : fmt::format("{}{{{}}}", cpp_type(v->type_), value(v->operands_[0]));
      if (v->type_->is(TypeKind::Complex)) return fmt::format("pycxx::to_complex({})", value(v->operands_[0]));
      return fmt::format("static_cast<{}>({})", cpp_type(v->type_), value(v->operands_[0]));
    case ir::InstKind::CheckBound: {
      // Python's UnboundLocalError: a read that may run before any assignment checks a flag.
      std::string local = value(v->operands_[0]);
      return fmt::format(
          "({} ? {} : (pycxx::raise(pycxx::exception_kind::{}, {}), {}))", v->text_, local,
          exception_name(v->exception_),
          cpp_string_literal(fmt::format("cannot access local variable '{}' where it is not associated with a value",
                                         v->python_name_)),
          local);
    }
    case ir::InstKind::Truth: {
      TypeRef type = v->operands_[0]->type_;
      if (type->is(TypeKind::None)) return "false";
      if (type->is(TypeKind::Str) || type->is(TypeKind::List) || type->is(TypeKind::Dict) || type->is(TypeKind::Set))
        return fmt::format("(pycxx::len({}) != 0)", value(v->operands_[0]));
      if (type->is(TypeKind::Tuple)) return type->elements_.empty() ? "false" : "true";
      if (type->number_kind() == 'c') return fmt::format("({} != {}())", value(v->operands_[0]), cpp_type(type));
      if (type->is(TypeKind::Float)) return fmt::format("({} != 0.0)", value(v->operands_[0]));
      return fmt::format("({} != 0)", value(v->operands_[0]));
    }
    case ir::InstKind::Select:
      return fmt::format("({} ? {} : {})", value(v->operands_[0]), value(v->operands_[1]), value(v->operands_[2]));
    case ir::InstKind::SetTemp:
      return fmt::format("({} = {})", v->text_, value(v->operands_[0]));
    case ir::InstKind::Sequence:
      return fmt::format("({})", args());
    case ir::InstKind::MakeTuple:
      return fmt::format("{}{{{}}}", cpp_type(v->type_), args());
    case ir::InstKind::TupleGet:
      return fmt::format("std::get<{}>({})", v->int_, value(v->operands_[0]));
    case ir::InstKind::Element: {
      // The element as the Python scalar sema typed it (an int32 element reads as a Python int).
      std::string element = fmt::format("pycxx::at{}({})", in_bounds(v), args());
      std::string_view dtype_cpp = find_dtype(v->operands_[0]->type_->dtype_)->cpp_type_;
      if (dtype_cpp == cpp_type(v->type_)) return element;
      return fmt::format("static_cast<{}>({})", cpp_type(v->type_), element);
    }
    case ir::InstKind::StoreElement: {
      // at_mut checks that the array may be written (a read-only numpy argument raises).
      std::string indices;
      for (std::size_t i = 1; i + 1 < v->operands_.size(); ++i) indices += ", " + value(v->operands_[i]);
      std::string_view dtype_cpp = find_dtype(v->operands_[0]->type_->dtype_)->cpp_type_;
      // store_cast: numpy's setitem conversion (u8[0] = 256 raises; a numpy scalar wraps into uint8).
      const char* source = v->operands_.back()->type_->is(TypeKind::NumpyScalar) ? "numpy" : "python";
      return fmt::format("(pycxx::at_mut{}({}{}) = pycxx::store_cast<{}, pycxx::scalar_source::{}>({}))", in_bounds(v),
                         value(v->operands_[0]), indices, dtype_cpp, source, value(v->operands_.back()));
    }
  }
  return "";
}

void CppEmitter::collect_headers(const ir::Value* v) {
  if (!v) return;
  if (!v->header_.empty()) shim_headers_.insert(v->header_);
  if (v->kind_ == ir::InstKind::Runtime && !ir::runtime_op_info(v->runtime_).header_.empty())
    shim_headers_.insert(std::string(ir::runtime_op_info(v->runtime_).header_));
  for (const ir::Value* operand : v->operands_) collect_headers(operand);
  collect_headers(v->body_);
}

void CppEmitter::collect_headers(const std::vector<ir::Stmt*>& body) {
  for (const ir::Stmt* s : body) {
    collect_headers(s->value_);
    for (const ir::Value* v : s->range_) collect_headers(v);
    collect_headers(s->body_);
    collect_headers(s->orelse_);
    collect_headers(s->handlers_);
  }
}

}  // namespace pycxx
