// Calls and conversions: direct C++ calls of compiled functions (arguments converted to
// the callee's parameter types), shim calls (defaults in the middle spelled with the shim's
// C++ default, *args as a braced list), intrinsics (int(), float(), bool(), complex(),
// z.conjugate()); numeric conversions along Python's tower and Python truthiness.
// Neighbours: lower_expr.cpp, sema/infer_call.cpp (which resolved every call).
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {

ir::Value* Lowerer::convert(ir::Value* value, TypeRef to) {
  if (!value || value->type_ == to) return value;
  // Into a `T | None`: None as the empty one, a value converted to T first.
  if (to->is(TypeKind::Optional) && !value->type_->is(TypeKind::None) && !value->type_->is(TypeKind::Optional))
    return f_.make(ir::InstKind::Convert, to, {convert(value, to->elements_[0])});
  if (value->type_->is(TypeKind::Tuple) && to->is(TypeKind::Tuple)) {
    auto [first, again] = once(value);
    std::vector<ir::Value*> items;
    for (std::size_t i = 0; i < to->elements_.size(); ++i) {
      ir::Value* get = f_.make(ir::InstKind::TupleGet, value->type_->elements_[i], {i == 0 ? first : again});
      get->int_ = static_cast<std::int64_t>(i);
      items.push_back(convert(get, to->elements_[i]));
    }
    return f_.make(ir::InstKind::MakeTuple, to, items);
  }
  if (value->kind_ == ir::InstKind::Literal && value->type_->is(TypeKind::Int) && to->is(TypeKind::Float))
    return literal(to, fmt::format("{}.0", value->int_));
  if (value->type_->is(TypeKind::Int) && to->is(TypeKind::Float))
    return f_.call(ir::RuntimeOp::IntToFloat, to, {value});
  return f_.make(ir::InstKind::Convert, to, {value});
}

ir::Value* Lowerer::optional_value(ir::Value* value) {
  ir::Value* v = f_.call(ir::RuntimeOp::OptionalValue, value->type_->elements_[0], {value});
  return v;
}

ir::Value* Lowerer::truth(ir::Value* value) {
  if (value->type_->is(TypeKind::Bool)) return value;
  if (value->type_->is(TypeKind::Optional)) {  // None is false; a value is as true as it is
    auto [first, again] = once(value);
    TypeRef b = types().boolean();
    ir::Value* none = f_.call(ir::RuntimeOp::IsNone, b, {first});
    return f_.make(ir::InstKind::Operator, b, {f_.make(ir::InstKind::Operator, b, {none}, "!"), truth(optional_value(again))},
                   "&&");
  }
  return f_.make(ir::InstKind::Truth, types().boolean(), {value});
}

// int(s) / float(s) of a str: CPython's parsing (ValueError on other text).
ir::Value* Lowerer::str_conversion(ir::Value* text, TypeRef type, ir::RuntimeOp op) {
  return f_.call(op, type, {text});
}

ir::Value* Lowerer::creation_call(ast::Call* node, const CallTarget& target, TypeRef type) {
  // Every parameter, passed as sema decided (CallTarget::passing_): np.zeros(shape, dtype): the
  // shape as pycxx::shape_t<N> (make_shape), dtype= as dtype_arg<T>{} of the dtype sema chose;
  // reductions: keepdims as std::true_type{} / std::false_type{}, defaults as the shim's.
  const shims::ShimFunction& shim = *target.shim_;
  std::vector<ir::Value*> args;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    switch (target.passing_[i]) {
      case CallTarget::Passing::Dtype:
        args.push_back(literal(types().unknown(), fmt::format("pycxx::shims::numpy::dtype_arg<{}>{{}}",
                                                              find_dtype(spec_.call_dtypes_.at(node))->cpp_type_)));
        break;
      case CallTarget::Passing::Keepdims:
        args.push_back(literal(types().unknown(), target.keepdims_ ? "std::true_type{}" : "std::false_type{}"));
        break;
      case CallTarget::Passing::Shape: {
        args.push_back(f_.call(ir::RuntimeOp::MakeShape, types().unknown(), {expr(target.args_[i])}));
        break;
      }
      case CallTarget::Passing::Value:
        args.push_back(expr(target.args_[i]));
        break;
      case CallTarget::Passing::Default:
        args.push_back(literal(types().unknown(), std::string(shim.params[i].cpp_default)));
        break;
    }
  }
  ir::Value* v = f_.make(ir::InstKind::CallShim, type, args, std::string(shim.cpp_entity));
  v->header_ = std::string(shim.header);
  // What the result's shape is, for the bounds pass: the shape argument, or the prototype's.
  switch (target.result_shape_) {
    case CallTarget::ResultShape::ShapeArgument:
      v->shape_source_ = ir::ShapeSource::ShapeOperand;
      v->shape_operand_ = static_cast<std::uint8_t>(target.shape_argument_);
      break;
    case CallTarget::ResultShape::LikeFirst:
      v->shape_source_ = ir::ShapeSource::LikeOperand;
      break;
    case CallTarget::ResultShape::Unknown:
      break;
  }
  return v;
}

ir::Value* Lowerer::call(ast::Call* node) {
  TypeRef type = type_of(node);
  const CallTarget& target = spec_.calls_.at(node);
  std::vector<ir::Value*> args;
  switch (target.kind_) {
    case CallTarget::Kind::Function: {
      for (std::size_t i = 0; i < target.args_.size(); ++i) args.push_back(convert(expr(target.args_[i]), target.param_types_[i]));
      const Specialization& callee = *sema_.specializations_[target.specialization_];
      return f_.make(ir::InstKind::CallFunction, callee.return_type_, args, function_identifier(callee));
    }
    case CallTarget::Kind::Shim: {
      const shims::ShimFunction& shim = *target.shim_;
      const shims::RuleLowering lowering = shims::rule_lowering(shim.rule);  // typing_rule.def
      switch (lowering) {
        case shims::RuleLowering::RuleArguments:
          return creation_call(node, target, type);
        case shims::RuleLowering::ArrayMethod:
          return array_method_call(node, target, type);
        case shims::RuleLowering::NotCalled:  // sema rejects calling a constant
          return nullptr;
        case shims::RuleLowering::Signature:
        case shims::RuleLowering::Ufunc:
          break;
      }
      // repr(x) of a numpy scalar (or of a list of them): numpy 2's form, np.float64(0.1). The
      // C++ types are the machine ones, so only the static type knows (lower_fstring.cpp).
      if (shim.module == "builtins" && shim.name == "repr" && target.args_.size() == 1 && target.args_[0])
        if (number_leaves_are_numpy(type_of(target.args_[0]))) return as_numpy_text(expr(target.args_[0]), true);
      std::size_t last = 0;  // one past the last given argument: later defaults are left out
      for (std::size_t i = 0; i < target.args_.size(); ++i)
        if (target.args_[i]) last = i + 1;
      if (target.variadic_from_ >= 0) last = target.args_.size();
      for (std::size_t i = 0; i < last; ++i) {
        if (i < shim.params.size() && shim.params[i].variadic) continue;  // the *args slot; its values follow
        if (!target.args_[i]) {
          args.push_back(literal(types().unknown(), std::string(shim.params[i].cpp_default)));
          continue;
        }
        ir::Value* arg = convert(expr(target.args_[i]), target.param_types_[i]);
        // np.maximum(a, x[0]): a numpy scalar is strong against the array, as in numpy.
        args.push_back(lowering == shims::RuleLowering::Ufunc ? strong(arg) : arg);
      }
      if (lowering == shims::RuleLowering::Ufunc && !type->is(TypeKind::NDArray)) {
        // np.sqrt(2.0): the array ufunc over one-element arrays (numpy's scalar semantics).
        std::vector<ir::Value*> operands{literal(
            types().unknown(), fmt::format("[](auto&&... a) {{ return {}(a...); }}", shim.cpp_entity))};
        operands.front()->header_ = std::string(shim.header);
        operands.insert(operands.end(), args.begin(), args.end());
        ir::Value* v = f_.call(ir::RuntimeOp::OnScalars, type, std::move(operands));
        return v;
      }
      ir::Value* v = f_.make(ir::InstKind::CallShim, type, args, std::string(shim.cpp_entity));
      v->header_ = std::string(shim.header);
      if (target.variadic_from_ >= 0) {
        // Arguments before the *args parameter stay positional; the rest form one braced list.
        std::int64_t fixed = 0;
        for (std::size_t i = 0; i < shim.params.size() && !shim.params[i].variadic; ++i) ++fixed;
        v->variadic_from_ = fixed;
      }
      return v;
    }
    case CallTarget::Kind::Intrinsic: {
      for (ast::ExprNode* arg : target.args_) args.push_back(expr(arg));
      switch (target.intrinsic_) {
        case IntrinsicKind::Range: {
          // A value (a comprehension's iterable, list(range(n))); `for i in range(...)` is a ForRange.
          std::vector<ir::Value*> bounds;
          for (ir::Value* arg : args) bounds.push_back(convert(arg, types().integer()));
          return f_.call(ir::RuntimeOp::Range, type, bounds);
        }
        case IntrinsicKind::Int:
          if (args.empty()) return literal(type, "0");
          if (args[0]->type_->is(TypeKind::Str)) return str_conversion(args[0], type, ir::RuntimeOp::StrToInt);
          if (args[0]->type_->number_kind() == 'f')  // a float or numpy float: Python's int() rules
            return f_.call(ir::RuntimeOp::FloatToInt, type, {convert(args[0], types().floating())});
          return convert(args[0], type);
        case IntrinsicKind::Float:
          if (args.empty()) return literal(type, "0.0");
          if (args[0]->type_->is(TypeKind::Str)) return str_conversion(args[0], type, ir::RuntimeOp::StrToFloat);
          return convert(args[0], type);
        case IntrinsicKind::Bool:
          if (args.empty()) return literal(type, "false");
          return truth(args[0]);
        case IntrinsicKind::Complex: {
          std::vector<ir::Value*> parts;
          for (ir::Value* arg : args) parts.push_back(convert(arg, types().floating()));
          if (parts.empty()) parts.push_back(literal(types().floating(), "0.0"));
          return f_.call(ir::RuntimeOp::ToComplex, type, parts);
        }
        case IntrinsicKind::Len:
          if (args[0]->type_->is(TypeKind::Tuple))
            return literal(type, std::to_string(args[0]->type_->elements_.size()),
                           static_cast<std::int64_t>(args[0]->type_->elements_.size()));
          return f_.call(ir::RuntimeOp::Len, type, {args[0]});  // TypeError for a 0-d array
        case IntrinsicKind::Str:
          if (args.empty()) return literal(type, "");
          if (args[0]->type_->is(TypeKind::Dtype)) return as_dtype_text(args[0]);
          return f_.call(ir::RuntimeOp::StrOf, type, {as_numpy_text(args[0], false)});
        case IntrinsicKind::List:
        case IntrinsicKind::Set:
        case IntrinsicKind::Dict:
          return f_.make(ir::InstKind::Construct, type, args);
        case IntrinsicKind::ComplexConjugate:
          return f_.call(ir::RuntimeOp::ComplexConjugate, type, {convert(args[0], types().complex())});
        case IntrinsicKind::Print: {
          // print_with(sep, end, values...): sep and end are evaluated after the values, as
          // CPython evaluates keyword arguments after the positional ones.
          for (ir::Value*& arg : args) arg = as_numpy_text(as_dtype_text(arg), false);  // print(a.dtype): its name
          ir::Value* sep = target.sep_ ? expr(target.sep_) : literal(types().str(), " ");
          ir::Value* end = target.end_ ? expr(target.end_) : literal(types().str(), "\n");
          args.insert(args.begin(), {sep, end});
          ir::Value* v = f_.call(ir::RuntimeOp::PrintWith, type, args);
          return v;
        }
        case IntrinsicKind::StrFormat: {
          const auto& receiver = ast::cast<ast::Attribute>(*node->func);
          return str_format(ast::cast<ast::Constant>(*receiver.value).value.text, args);
        }
        case IntrinsicKind::Isinstance:
          return literal(type, target.static_answer_ ? "true" : "false", target.static_answer_ ? 1 : 0);
      }
      lowering_bug("an intrinsic outside intrinsic.def");
    }
    case CallTarget::Kind::Exception:
      lowering_bug("an exception constructed outside a raise statement");  // raise lowers it directly
    case CallTarget::Kind::NumpyScalar: {
      // np.float32(x): numpy's conversion of a Python number (range-checked), or its C cast
      // of a numpy scalar (runtime/pycxx/scalar/numpy_ops.hpp).
      std::string_view cpp = find_dtype(type->dtype_)->cpp_type_;
      if (target.args_.empty()) return literal(type, fmt::format("{}{{}}", cpp));
      ir::Value* arg = expr(target.args_[0]);
      bool numpy = arg->type_->is(TypeKind::NumpyScalar);
      return f_.call(numpy ? ir::RuntimeOp::NumpyCast : ir::RuntimeOp::NumpyFromPython, type, {arg}, std::string(cpp));
    }
  }
  lowering_bug("a call target outside CallTarget::Kind");
}

}  // namespace pycxx
