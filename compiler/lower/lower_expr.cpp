// Expressions: literals, names, attributes, operators with Python's semantics (every int and
// float operation that differs from C++ is a call into runtime/pycxx/scalar), chained
// comparisons evaluating each operand once, and/or returning an operand, not, conditional
// expressions, tuples. Neighbours: lower_call.cpp (calls and conversions).
#include <fmt/format.h>

#include <cmath>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

std::string float_literal(double value) {
  if (std::isinf(value)) return value > 0 ? "std::numeric_limits<double>::infinity()" : "-std::numeric_limits<double>::infinity()";
  if (std::isnan(value)) return "std::numeric_limits<double>::quiet_NaN()";
  std::string text = fmt::format("{}", value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

ir::Value* Lowerer::literal(TypeRef type, std::string text, std::int64_t value) {
  ir::Value* v = f_.make(ir::InstKind::Literal, type, {}, std::move(text));
  v->int_ = value;
  return v;
}

std::string Lowerer::new_temp(TypeRef type) {
  std::string name = fmt::format("tmp{}_", temps_++);
  f_.locals_.push_back({name, type, false});
  return name;
}

std::pair<ir::Value*, ir::Value*> Lowerer::once(ir::Value* value) {
  if (value->kind_ == ir::InstKind::Local || value->kind_ == ir::InstKind::Literal ||
      value->kind_ == ir::InstKind::Global)
    return {value, value};
  std::string temp = new_temp(value->type_);
  return {f_.make(ir::InstKind::SetTemp, value->type_, {value}, temp), f_.make(ir::InstKind::Local, value->type_, {}, temp)};
}

ir::Value* Lowerer::binary(ast::OperatorKind op, ir::Value* left, ir::Value* right, TypeRef result) {
  using O = ast::OperatorKind;
  TypeRef lt = left->type_;
  TypeRef rt = right->type_;
  if (result->is(TypeKind::NDArray)) {
    // Elementwise: the runtime's ufunc builds a lazy node; binding or returning materialises it.
    return f_.call(ufunc_of(op), result, {strong(left), strong(right)});
  }
  if (result->is(TypeKind::NumpyScalar)) return numpy_binary(op, left, right, result);
  if (result->is(TypeKind::List) || result->is(TypeKind::Str) || result->is(TypeKind::Set)) {
    // Concatenation, repetition (the count converted to int), set algebra: the runtime's operators.
    if (op == O::Mult) {
      if (lt == result) right = convert(right, types().integer());
      else left = convert(left, types().integer());
    }
    return f_.make(ir::InstKind::Operator, result, {left, right}, std::string(ast::spelling(op)));  // + * - | ^ &
  }
  if (result->is(TypeKind::Tuple)) {  // tuple concatenation
    auto [l_first, l_again] = once(left);
    auto [r_first, r_again] = once(right);
    std::vector<ir::Value*> items;
    for (std::size_t i = 0; i < lt->elements_.size(); ++i) {
      ir::Value* get = f_.make(ir::InstKind::TupleGet, lt->elements_[i], {i == 0 ? l_first : l_again});
      get->int_ = static_cast<std::int64_t>(i);
      items.push_back(get);
    }
    for (std::size_t i = 0; i < rt->elements_.size(); ++i) {
      ir::Value* get = f_.make(ir::InstKind::TupleGet, rt->elements_[i], {i == 0 ? r_first : r_again});
      get->int_ = static_cast<std::int64_t>(i);
      items.push_back(get);
    }
    return f_.make(ir::InstKind::MakeTuple, result, items);
  }
  auto runtime = [&](ir::RuntimeOp runtime_op, TypeRef operand_type) {
    return f_.call(runtime_op, result, {convert(left, operand_type), convert(right, operand_type)});
  };
  using R = ir::RuntimeOp;
  auto op_of = [&](const char* spelling, TypeRef operand_type) {
    return f_.make(ir::InstKind::Operator, result, {convert(left, operand_type), convert(right, operand_type)},
                   spelling);
  };
  if (result->is(TypeKind::Bool)) {  // bool & | ^ bool
    return op_of(op == O::BitAnd ? "&" : op == O::BitOr ? "|" : "^", types().boolean());
  }
  TypeRef wide = promote(types(), lt, rt);
  if (wide->is(TypeKind::Bool)) wide = types().integer();
  if (wide->is(TypeKind::Int)) {
    TypeRef i = types().integer();
    switch (op) {
      case O::Add: return runtime(R::IntAdd, i);
      case O::Sub: return runtime(R::IntSub, i);
      case O::Mult: return runtime(R::IntMul, i);
      case O::FloorDiv: return runtime(R::IntFloorDiv, i);
      case O::Mod: return runtime(R::IntMod, i);
      case O::Div: return runtime(R::IntTrueDiv, i);
      case O::Pow: return runtime(result->is(TypeKind::Float) ? R::IntPowFloat : R::IntPow, i);
      case O::LShift: return runtime(R::IntLShift, i);
      case O::RShift: return runtime(R::IntRShift, i);
      case O::BitAnd: return op_of("&", i);
      case O::BitOr: return op_of("|", i);
      case O::BitXor: return op_of("^", i);
      case O::MatMult: break;
    }
  } else if (wide->is(TypeKind::Float)) {
    TypeRef d = types().floating();
    switch (op) {
      case O::Add: return op_of("+", d);
      case O::Sub: return op_of("-", d);
      case O::Mult: return op_of("*", d);
      case O::Div: return runtime(R::FloatTrueDiv, d);
      case O::FloorDiv: return runtime(R::FloatFloorDiv, d);
      case O::Mod: return runtime(R::FloatMod, d);
      case O::Pow: return runtime(R::FloatPow, d);
      case O::LShift: case O::RShift: case O::BitAnd: case O::BitOr: case O::BitXor: case O::MatMult: break;
    }
  } else {
    TypeRef c = types().complex();
    switch (op) {
      case O::Add: return runtime(R::ComplexAdd, c);
      case O::Sub: return runtime(R::ComplexSub, c);
      case O::Mult: return runtime(R::ComplexMul, c);
      case O::Div: return runtime(R::ComplexTrueDiv, c);
      case O::Pow: return runtime(R::ComplexPow, c);
      case O::FloorDiv: case O::Mod: case O::LShift: case O::RShift: case O::BitAnd: case O::BitOr: case O::BitXor:
      case O::MatMult: break;
    }
  }
  lowering_bug(fmt::format("'{}' on {} and {}", ast::spelling(op), type_name(lt), type_name(rt)));
}

ir::Value* Lowerer::compare(ast::CmpOpKind op, ir::Value* left, ir::Value* right) {
  using C = ast::CmpOpKind;
  TypeRef b = types().boolean();
  if (op == C::Is || op == C::IsNot) {  // only `x is None`: identity of None with None
    if (left->type_->is(TypeKind::Optional) || right->type_->is(TypeKind::Optional)) {
      // `x is None` on a `T | None`: the other operand is None (sema), which has no effects.
      ir::Value* none = f_.call(ir::RuntimeOp::IsNone, b, {left->type_->is(TypeKind::Optional) ? left : right});
      return op == C::Is ? none : f_.make(ir::InstKind::Operator, b, {none}, "!");
    }
    bool same = left->type_->is(TypeKind::None) && right->type_->is(TypeKind::None);
    return literal(b, (same == (op == C::Is)) ? "true" : "false", same == (op == C::Is));
  }
  if (op == C::In || op == C::NotIn) {
    ir::Value* found = f_.call(ir::RuntimeOp::IsIn, b, {left, right});
    return op == C::In ? found : f_.make(ir::InstKind::Operator, b, {found}, "!");
  }
  bool numbers = left->type_->is_number() && right->type_->is_number();
  if (numbers && (left->type_->is(TypeKind::NumpyScalar) || right->type_->is(TypeKind::NumpyScalar)))
    return numpy_compare(op, left, right, types().numpy_scalar("bool"));
  bool equality = op == C::Eq || op == C::NotEq;
  if (equality && left->type_ != right->type_ && left->type_->is(TypeKind::Tuple) && right->type_->is(TypeKind::Tuple) &&
      left->type_->elements_.size() == right->type_->elements_.size()) {
    // (1, 2) == (1.0, 2.0): item by item with Python's mixed-type comparison.
    auto [l_first, l_again] = once(left);
    auto [r_first, r_again] = once(right);
    ir::Value* all = nullptr;
    for (std::size_t i = 0; i < left->type_->elements_.size(); ++i) {
      ir::Value* l = f_.make(ir::InstKind::TupleGet, left->type_->elements_[i], {i == 0 ? l_first : l_again});
      ir::Value* r = f_.make(ir::InstKind::TupleGet, right->type_->elements_[i], {i == 0 ? r_first : r_again});
      l->int_ = r->int_ = static_cast<std::int64_t>(i);
      ir::Value* item = compare(C::Eq, l, r);
      all = all ? f_.make(ir::InstKind::Operator, b, {all, item}, "&&") : item;
    }
    if (!all) all = literal(b, "true", 1);
    return op == C::Eq ? all : f_.make(ir::InstKind::Operator, b, {all}, "!");
  }
  if (!numbers && left->type_ != right->type_) return literal(b, op == C::Eq ? "false" : "true", op != C::Eq);
  if (!numbers) {
    if (left->type_->is(TypeKind::None)) return literal(b, op == C::Eq ? "true" : "false", op == C::Eq);
    return f_.make(ir::InstKind::Operator, b, {left, right}, std::string(ast::spelling(op)));  // == != < <= > >=
  }
  switch (op) {  // numbers: Python's mixed-type comparison
    case C::Eq: return f_.call(ir::RuntimeOp::Eq, b, {left, right});
    case C::NotEq: return f_.call(ir::RuntimeOp::Ne, b, {left, right});
    case C::Lt: return f_.call(ir::RuntimeOp::Lt, b, {left, right});
    case C::LtE: return f_.call(ir::RuntimeOp::Le, b, {left, right});
    case C::Gt: return f_.call(ir::RuntimeOp::Gt, b, {left, right});
    case C::GtE: return f_.call(ir::RuntimeOp::Ge, b, {left, right});
    case C::Is: case C::IsNot: case C::In: case C::NotIn: break;  // handled above
  }
  lowering_bug("an identity or membership test that reached the number comparisons");
}

ir::Value* Lowerer::expr(ast::ExprNode* node) {
  using K = ast::NodeKind;
  TypeRef type = type_of(node);
  if (auto* constant = ast::dyn_cast<ast::Constant>(node)) {
    const ast::ConstantValue& value = constant->value;
    switch (value.kind) {
      case ast::ConstantValue::Kind::None: return literal(type, "pycxx::none");
      case ast::ConstantValue::Kind::Bool: return literal(type, value.boolean ? "true" : "false", value.boolean);
      case ast::ConstantValue::Kind::Int: {
        std::uint64_t parsed = std::stoull(value.text);
        return literal(type, fmt::format("{}", parsed), static_cast<std::int64_t>(parsed));
      }
      case ast::ConstantValue::Kind::Float: return literal(type, float_literal(value.number));
      case ast::ConstantValue::Kind::Complex:
        return literal(type, fmt::format("std::complex<double>(0.0, {})", float_literal(value.number)));
      case ast::ConstantValue::Kind::Str:
        return literal(type, value.text);  // emit spells it as a pycxx::str of these UTF-8 bytes
      case ast::ConstantValue::Kind::Bytes:
      case ast::ConstantValue::Kind::Ellipsis: break;
    }
    lowering_bug("a bytes or Ellipsis constant");
  }
  if (auto it = spec_.globals_.find(node); it != spec_.globals_.end()) {
    const GlobalRef& ref = it->second;
    if (ref.kind_ == GlobalRef::Kind::Constant) return f_.make(ir::InstKind::Global, type, {}, cpp_identifier(ref.constant_->name_));
    ir::Value* v = f_.make(ir::InstKind::Global, type, {}, std::string(ref.shim_->cpp_entity));
    v->header_ = std::string(ref.shim_->header);
    return v;
  }
  if (spec_.callables_.count(node)) return callable_argument(node);  // key=lambda x: ..., key=score
  using E = ast::ExprKind;
  switch (ast::expr_kind(*node)) {
    case E::Name: {
      if (auto it = spec_.scoped_names_.find(node); it != spec_.scoped_names_.end())
        return f_.make(ir::InstKind::Local, type, {}, scoped_identifier(it->second));  // a lambda parameter or comprehension variable
      const std::string& id = ast::cast<ast::Name>(*node).id;
      if (type->is(TypeKind::FunctionRef) && !spec_.find_local(id))
        return literal(type, "pycxx::none");  // a function as a value: its type says which
      // A `T | None` local known not None here reads its value (sema's narrowing).
      const bool unwrap = spec_.unwrapped_reads_.count(node) != 0;
      TypeRef stored = unwrap ? spec_.find_local(id)->type_ : type;
      ir::Value* local = f_.make(ir::InstKind::Local, stored, {}, cpp_identifier(id));
      if (spec_.maybe_unbound_reads_.count(node)) {
        ir::Value* check = f_.make(ir::InstKind::CheckBound, stored, {local}, bound_flag(id));
        check->python_name_ = id;  // the Python name, for the message
        // UnboundLocalError where the exception table has it, else its base class NameError.
        check->exception_ = unbound_local_error();
        local = check;
      }
      return unwrap ? optional_value(local) : local;
    }
    case E::Attribute: {
      auto& attribute = ast::cast<ast::Attribute>(*node);
      ir::Value* value = expr(attribute.value);
      if (value->type_->is(TypeKind::NDArray)) return array_attribute(value, attribute.attr, type);
      if (value->type_->is(TypeKind::Dtype)) {  // a.dtype.name, .itemsize: static
        std::string text = dtype_attribute_value(value->type_->dtype_, attribute.attr);
        return type->is(TypeKind::Int) ? literal(type, text, std::stoll(text)) : literal(type, text);
      }
      bool real = attribute.attr == "real";
      if (value->type_->is(TypeKind::NumpyScalar)) {
        return f_.call(real ? ir::RuntimeOp::NumpyReal : ir::RuntimeOp::NumpyImag, type, {value});
      }
      if (value->type_->is(TypeKind::Complex))
        return f_.call(real ? ir::RuntimeOp::ComplexReal : ir::RuntimeOp::ComplexImag, type, {value});
      if (real) return convert(value, type);
      return literal(type, type->is(TypeKind::Float) ? "0.0" : "0");
    }
    case E::Subscript:
      return subscript(&ast::cast<ast::Subscript>(*node));
    case E::BinOp: {
      auto& b = ast::cast<ast::BinOp>(*node);
      return binary(b.op, expr(b.left), expr(b.right), type);
    }
    case E::UnaryOp: {
      auto& u = ast::cast<ast::UnaryOp>(*node);
      if (u.op == ast::UnaryOpKind::USub) {  // a negative literal is one literal (also INT64_MIN)
        if (auto* c = ast::dyn_cast<ast::Constant>(u.operand); c && c->value.kind == ast::ConstantValue::Kind::Int) {
          std::uint64_t magnitude = std::stoull(c->value.text);
          if (magnitude == (std::uint64_t{1} << 63)) return literal(type, "(-9223372036854775807 - 1)", INT64_MIN);
          return literal(type, fmt::format("-{}", magnitude), -static_cast<std::int64_t>(magnitude));
        }
      }
      ir::Value* operand = expr(u.operand);
      if (operand->type_->is(TypeKind::NumpyScalar)) return numpy_unary(u.op, operand, type);
      if (type->is(TypeKind::NDArray)) {
        if (u.op == ast::UnaryOpKind::UAdd) return operand;
        return f_.call(ir::RuntimeOp::Negative, type, {operand});
      }
      switch (u.op) {
        case ast::UnaryOpKind::Not: return f_.make(ir::InstKind::Operator, type, {truth(operand)}, "!");
        case ast::UnaryOpKind::UAdd: return convert(operand, type);
        case ast::UnaryOpKind::Invert: return f_.make(ir::InstKind::Operator, type, {convert(operand, type)}, "~");
        case ast::UnaryOpKind::USub:
          if (type->is(TypeKind::Int)) return f_.call(ir::RuntimeOp::IntNeg, type, {convert(operand, type)});
          if (type->is(TypeKind::Complex)) return f_.call(ir::RuntimeOp::ComplexNeg, type, {operand});
          return f_.make(ir::InstKind::Operator, type, {operand}, "-");
      }
      lowering_bug("a unary operator outside operator_kind.def");
    }
    case E::Compare: {
      auto& c = ast::cast<ast::Compare>(*node);
      if (auto known = spec_.static_conditions_.find(node); known != spec_.static_conditions_.end())
        return literal(type, known->second ? "true" : "false", known->second ? 1 : 0);  // a.dtype == np.float64
      if (type->is(TypeKind::NDArray)) {
        return f_.call(ufunc_of(c.ops[0]), type, {strong(expr(c.left)), strong(expr(c.comparators[0]))});
      }
      ir::Value* left = expr(c.left);
      ir::Value* result = nullptr;
      for (std::size_t i = 0; i < c.ops.size(); ++i) {
        ir::Value* right = expr(c.comparators[i]);
        ir::Value* right_again = right;
        if (i + 1 < c.ops.size()) std::tie(right, right_again) = once(right);  // the middle operand: evaluated once
        ir::Value* link = compare(c.ops[i], left, right);
        result = result ? f_.make(ir::InstKind::Operator, types().boolean(), {result, link}, "&&") : link;
        left = right_again;
      }
      return result;
    }
    case E::BoolOp: {
      auto& b = ast::cast<ast::BoolOp>(*node);
      if (auto known = spec_.static_conditions_.find(node); known != spec_.static_conditions_.end()) {
        // Decided by an operand the types decide; the operands before it are evaluated first.
        std::vector<ir::Value*> steps;
        for (ast::ExprNode* value : b.values) {
          steps.push_back(expr(value));
          if (spec_.static_conditions_.count(value)) break;
        }
        steps.push_back(literal(type, known->second ? "true" : "false", known->second));
        return f_.make(ir::InstKind::Sequence, type, steps);
      }
      bool is_and = b.op == ast::BoolOpKind::And;
      ir::Value* result = expr(b.values[0]);
      for (std::size_t i = 1; i < b.values.size(); ++i) {
        ir::Value* next = expr(b.values[i]);
        if (type->is(TypeKind::Bool)) {
          result = f_.make(ir::InstKind::Operator, type, {result, next}, is_and ? "&&" : "||");
          continue;
        }
        auto [first, again] = once(result);  // Python returns the deciding operand itself
        result = f_.make(ir::InstKind::Select, type,
                         is_and ? std::vector<ir::Value*>{truth(first), next, again}
                                : std::vector<ir::Value*>{truth(first), again, next});
      }
      return result;
    }
    case E::IfExp: {
      auto& c = ast::cast<ast::IfExp>(*node);
      return f_.make(ir::InstKind::Select, type, {truth(expr(c.test)), convert(expr(c.body), type), convert(expr(c.orelse), type)});
    }
    case E::Tuple: {
      std::vector<ir::Value*> items;
      for (ast::ExprNode* elt : ast::cast<ast::Tuple>(*node).elts) items.push_back(expr(elt));
      return f_.make(ir::InstKind::MakeTuple, type, items);
    }
    case E::Call: return call(&ast::cast<ast::Call>(*node));
    case E::List:
    case E::Dict:
    case E::Set:
      return display(node);
    case E::ListComp:
    case E::SetComp:
    case E::DictComp:
    case E::GeneratorExp:
      return comprehension(node);
    case E::JoinedStr:
      return fstring(&ast::cast<ast::JoinedStr>(*node));
    case E::NamedExpr:
    case E::Lambda:  // only as a call argument (callables_, above)
    case E::Await:
    case E::Yield:
    case E::YieldFrom:
    case E::FormattedValue:
    case E::Constant:
    case E::Starred:
    case E::Slice:
      break;  // constants and globals above; sema reported everything else
  }
  lowering_bug(fmt::format("a {} expression", ast::node_kind_name(node->kind)));
}

}  // namespace pycxx
