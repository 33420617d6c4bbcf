// Expressions: constants, names, attributes of modules and complex numbers, unary
// operators, comparisons (also chained), and/or, not, conditional expressions, tuples;
// displays, comprehensions and lambdas are in infer_container.cpp.
// Binary operators are in infer_operator.cpp, calls in infer_call.cpp. Every expression
// outside the supported subset gets UnsupportedExpression naming it.
#include <charconv>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

std::string_view unsupported_expression_name(ast::NodeKind kind) {
  using K = ast::NodeKind;
  if (kind == K::Yield) return "'yield' is supported as a statement of its own ('yield x'), not as a value";
  if (kind == K::YieldFrom) return "'yield from' is supported as a statement of its own; its value (the generator's return value) is not";
  if (kind == K::Await) return "await expressions are not supported";
  if (kind == K::NamedExpr) return "assignment expressions (:=) are not supported yet";
  if (kind == K::FormattedValue) return "a formatted value belongs in an f-string";
  if (kind == K::Slice) return "a slice is only valid inside [...]";
  if (kind == K::Starred) return "starred expressions are not supported yet";
  return "this expression is not supported";
}

}  // namespace

bool Inferrer::truth_testable(ast::ExprNode* expr, TypeRef type) {
  if (type->is(TypeKind::Optional)) type = type->elements_[0];  // None is false, a value as its type says
  if (type->is_number() || type->is(TypeKind::None) || type->is(TypeKind::Tuple) || type->is(TypeKind::Unknown) ||
      type->is(TypeKind::Str) || is_mutable_container(type))
    return true;
  error(DiagnosticKind::TypeMismatch, expr, "a '{}' cannot be used as a condition", type_name(type));
  return false;
}

TypeRef Inferrer::infer_maybe_none(ast::ExprNode* expr) {
  using K = ast::NodeKind;
  using E = ast::ExprKind;
  // The context's type reaches only this expression (a display or list()/dict()), never its operands.
  TypeRef expected = std::exchange(expected_, nullptr);
  switch (ast::expr_kind(*expr)) {
    case E::Constant: {
      const ast::ConstantValue& value = ast::cast<ast::Constant>(*expr).value;
      switch (value.kind) {
        case ast::ConstantValue::Kind::None:
          return record(expr, types().none());
        case ast::ConstantValue::Kind::Bool:
          return record(expr, types().boolean());
        case ast::ConstantValue::Kind::Int: {
          std::uint64_t parsed = 0;
          auto [end, ec] = std::from_chars(value.text.data(), value.text.data() + value.text.size(), parsed);
          // 2**63 is allowed only as the operand of unary minus (INT64_MIN); lower checks that.
          if (ec != std::errc() || parsed > (std::uint64_t{1} << 63)) {
            error(DiagnosticKind::UnsupportedExpression, expr,
                  "integer literal {} does not fit in 64 bits: pycxx's int is a 64-bit integer", value.text);
            return nullptr;
          }
          return record(expr, types().integer());
        }
        case ast::ConstantValue::Kind::Float:
          return record(expr, types().floating());
        case ast::ConstantValue::Kind::Complex:
          return record(expr, types().complex());
        case ast::ConstantValue::Kind::Str:
          return record(expr, types().str());
        case ast::ConstantValue::Kind::Bytes:
          error(DiagnosticKind::UnsupportedExpression, expr, "bytes values are not supported");
          return nullptr;
        case ast::ConstantValue::Kind::Ellipsis:
          error(DiagnosticKind::UnsupportedExpression, expr, "'...' is not supported as a value");
          return nullptr;
      }
      return nullptr;
    }
    case E::Name: {
      auto& name = ast::cast<ast::Name>(*expr);
      if (const auto* scoped = find_scoped(name.id)) {
        spec_->scoped_names_[expr] = scoped->second;
        return record(expr, scoped->first);
      }
      if (callable_argument_ && ((find_function(name.id) && !spec_->find_local(name.id)) || names_builtin_value(expr)))
        return types().callable({});  // typed by the parameter it is passed to (infer_shim_call.cpp)
      if (const LocalInfo* local = spec_->find_local(name.id)) {
        if (!flow_.assigned(name.id)) {
          spec_->maybe_unbound_reads_.insert(expr);
          spec_->flagged_locals_.insert(name.id);
        }
        if (local->type_->is(TypeKind::Optional) && flow_.narrowed(name.id)) {
          spec_->unwrapped_reads_.insert(expr);  // known not None here: a T
          return record(expr, local->type_->elements_[0]);
        }
        return record(expr, local->type_);
      }
      if (const LocalInfo* captured = find_enclosing_local(name.id)) return record(expr, captured->type_);  // a closure's read
      if (const ConstantInfo* constant = find_constant(name.id)) {
        if (!constant->type_) return nullptr;  // its own diagnostic was given
        spec_->globals_[expr] = {GlobalRef::Kind::Constant, constant, nullptr};
        return record(expr, constant->type_);
      }
      if (m_.imported_names_.count(name.id)) {
        auto found = shims_for_name(name.id);
        if (found.size() == 1 && found[0]->rule == shims::TypingRule::Constant) {
          if (TypeRef type = type_from_spelling(types(), found[0]->result_type)) {
            spec_->globals_[expr] = {GlobalRef::Kind::ShimConstant, nullptr, found[0]};
            return record(expr, type);
          }
        }
        error(DiagnosticKind::UnsupportedExpression, expr,
              "'{}' is a function: functions as values are not supported yet; call it", name.id);
        return nullptr;
      }
      if (find_function(name.id)) return record(expr, types().function_ref(name.id));  // apply(square, 3)
      if (names_builtin_value(expr)) {
        error(DiagnosticKind::UnsupportedExpression, expr,
              "'{}' is a builtin function: as a value it is supported as an argument of a library call taking a "
              "function (sorted(xs, key={})); elsewhere write a lambda (lambda v: {}(v))",
              name.id, name.id, name.id);
        return nullptr;
      }
      error(DiagnosticKind::UndefinedName, expr, "name '{}' is not defined", name.id);
      return nullptr;
    }
    case E::Attribute: {
      auto& attribute = ast::cast<ast::Attribute>(*expr);
      if (callable_argument_ && names_builtin_value(expr)) return types().callable({});  // key=str.lower
      auto* base = ast::dyn_cast<ast::Name>(attribute.value);
      if (base && !spec_->find_local(base->id) && m_.module_aliases_.count(base->id)) {
        const std::string& module = m_.module_aliases_.at(base->id);
        auto found = shims::find_shims(module, attribute.attr);
        if (found.size() == 1 && found[0]->rule == shims::TypingRule::Constant) {
          if (TypeRef type = type_from_spelling(types(), found[0]->result_type)) {
            spec_->globals_[expr] = {GlobalRef::Kind::ShimConstant, nullptr, found[0]};
            return record(expr, type);
          }
        }
        if (found.empty())
          error(DiagnosticKind::UnknownAttribute, expr, "module '{}' has no attribute '{}' that pycxx supports", module,
                attribute.attr);
        else
          error(DiagnosticKind::UnsupportedExpression, expr,
                "'{}.{}' is a function: functions as values are not supported yet; call it", base->id, attribute.attr);
        return nullptr;
      }
      TypeRef value = infer_expr(attribute.value);
      if (!value) return nullptr;
      if (value->is(TypeKind::Unknown)) return record(expr, value);
      if (value->is(TypeKind::NDArray)) {
        if (TypeRef type = array_attribute(value, attribute.attr)) return record(expr, type);
      }
      if (value->is(TypeKind::Dtype)) {
        if (TypeRef type = dtype_attribute(value, attribute.attr)) return record(expr, type);
      }
      if (value->is(TypeKind::NumpyScalar) && (attribute.attr == "real" || attribute.attr == "imag")) {
        // numpy: complex64(z).real is a float32, the other dtypes keep theirs.
        std::string dtype = value->dtype_ == "complex64" ? "float32" : value->dtype_ == "complex128" ? "float64" : value->dtype_;
        return record(expr, types().numpy_scalar(dtype));
      }
      if (value->is_number() && (attribute.attr == "real" || attribute.attr == "imag"))
        return record(expr, value->is(TypeKind::Complex) ? types().floating()
                                                          : (value->is(TypeKind::Bool) ? types().integer() : value));
      error(DiagnosticKind::UnknownAttribute, expr, "'{}' has no attribute '{}'", type_name(value), attribute.attr);
      return nullptr;
    }
    case E::BinOp: {
      auto& binary = ast::cast<ast::BinOp>(*expr);
      TypeRef left = infer_expr(binary.left);
      TypeRef right = infer_expr(binary.right);
      if (!left || !right) return nullptr;
      TypeRef result = infer_binary(expr, binary.op, left, right, binary.right);
      return result ? record(expr, result) : nullptr;
    }
    case E::UnaryOp: {
      auto& unary = ast::cast<ast::UnaryOp>(*expr);
      TypeRef operand = unary.op == ast::UnaryOpKind::Not ? infer_maybe_none(unary.operand) : infer_expr(unary.operand);
      if (!operand) return nullptr;
      if (operand->is(TypeKind::Unknown)) return record(expr, operand);
      switch (unary.op) {
        case ast::UnaryOpKind::Not:
          truth_testable(unary.operand, operand);
          return record(expr, types().boolean());
        case ast::UnaryOpKind::UAdd:
        case ast::UnaryOpKind::USub:
          if ((operand->is(TypeKind::NDArray) || operand->is(TypeKind::NumpyScalar)) && operand->dtype_ != "bool")
            return record(expr, operand);  // numpy: the same dtype (ints wrap)
          if (!operand->is_number() || operand->is(TypeKind::NumpyScalar)) break;  // numpy refuses -np.True_
          return record(expr, operand->is(TypeKind::Bool) ? types().integer() : operand);
        case ast::UnaryOpKind::Invert:
          if (numeric_rank(operand) == 0 || numeric_rank(operand) > 2) break;
          // numpy: ~ keeps the dtype (~np.True_ is np.False_); Python's ~True is -2.
          return record(expr, operand->is(TypeKind::NumpyScalar) ? operand : types().integer());
      }
      error(DiagnosticKind::TypeMismatch, expr, "bad operand type for unary {}: '{}'", ast::spelling(unary.op),
            type_name(operand));
      return nullptr;
    }
    case E::BoolOp: {
      auto& boolean = ast::cast<ast::BoolOp>(*expr);
      TypeRef result = nullptr;
      const ast::Node* first = nullptr;
      // Each operand runs only when the ones before it were true (and) or false (or): it sees
      // their narrowing (`x is not None and x > 0`).
      const FlowFacts::Names narrowed_before = flow_.narrowed_names();
      struct Restore {
        FlowFacts& flow;
        const FlowFacts::Names& before;
        ~Restore() { flow.restore_narrowed(before); }
      } restore{flow_, narrowed_before};
      for (std::size_t i = 0; i < boolean.values.size(); ++i) {
        ast::ExprNode* value = boolean.values[i];
        if (i > 0) flow_.narrow(narrowing(boolean.values[i - 1], boolean.op == ast::BoolOpKind::And));
        TypeRef type = infer_maybe_none(value);
        if (!type) return nullptr;
        truth_testable(value, type);
        // `low is not None and x < low` in the None form: the types decide the first operand,
        // so the rest never runs (and is not checked against None).
        if (std::optional<bool> known = static_condition(value);
            known && *known == (boolean.op == ast::BoolOpKind::Or) && type->is(TypeKind::Bool) && (!result || result == type)) {
          spec_->static_conditions_[expr] = *known;
          spec_->static_conditions_[value] = *known;  // the deciding operand: lowering stops after it
          return record(expr, types().boolean());
        }
        if (contains_unknown(type)) continue;
        if (result && join_scalars(types(), result, type)) type = result = join_scalars(types(), result, type);
        if (!result) {
          result = type;
          first = value;
        } else if (result != type) {
          report(DiagnosticKind::TypeMismatch, value->range,
                 fmt::format("the operands of '{}' have different types '{}' and '{}': its result would have either "
                             "type; convert them to one type",
                             ast::spelling(boolean.op), type_name(result), type_name(type)),
                 first->range, fmt::format("this operand is a '{}'", type_name(result)));
          return nullptr;
        }
      }
      return record(expr, result ? result : types().unknown());
    }
    case E::Compare: {
      auto& compare = ast::cast<ast::Compare>(*expr);
      if (std::optional<bool> known = dtype_comparison(compare)) {  // a.dtype == np.float64: static
        spec_->static_conditions_[expr] = *known;
        return record(expr, types().boolean());
      }
      if (compare.ops.size() == 1 && compare.ops[0] != ast::CmpOpKind::Is && compare.ops[0] != ast::CmpOpKind::IsNot) {
        // a < b with an array operand: an elementwise array of bools.
        TypeRef left = infer_expr(compare.left);
        TypeRef right = infer_expr(compare.comparators[0]);
        if (!left || !right) return nullptr;
        if (left->is(TypeKind::NDArray) || right->is(TypeKind::NDArray)) {
          ast::CmpOpKind op = compare.ops[0];
          bool ordered = op == ast::CmpOpKind::Lt || op == ast::CmpOpKind::LtE || op == ast::CmpOpKind::Gt ||
                         op == ast::CmpOpKind::GtE || op == ast::CmpOpKind::Eq || op == ast::CmpOpKind::NotEq;
          TypeRef other = left->is(TypeKind::NDArray) ? right : left;
          if (ordered && (other->is(TypeKind::NDArray) || other->is_number()))
            return record(expr, types().ndarray("bool", std::max(left->rank_, right->rank_)));
          error(DiagnosticKind::TypeMismatch, expr, "'{}' is not supported between '{}' and '{}'", ast::spelling(op),
                type_name(left), type_name(right));
          return nullptr;
        }
      }
      // `x is None`: x may be None (the one comparison a `T | None` takes as it is).
      auto identity_with = [&](std::size_t i) {
        return compare.ops[i] == ast::CmpOpKind::Is || compare.ops[i] == ast::CmpOpKind::IsNot;
      };
      TypeRef left = identity_with(0) ? infer_maybe_none(compare.left) : infer_expr(compare.left);
      bool ok = left != nullptr;
      bool numpy = false;  // a link compares a numpy scalar: numpy answers with a numpy.bool
      for (std::size_t i = 0; i < compare.ops.size(); ++i) {
        bool identity_next = identity_with(i) && (i + 1 == compare.ops.size() || identity_with(i + 1));
        TypeRef right = identity_next ? infer_maybe_none(compare.comparators[i]) : infer_expr(compare.comparators[i]);
        if (!right) ok = false;
        if (left && right && !contains_unknown(left) && !contains_unknown(right)) {
          ast::CmpOpKind op = compare.ops[i];
          bool equality = op == ast::CmpOpKind::Eq || op == ast::CmpOpKind::NotEq;
          bool identity = op == ast::CmpOpKind::Is || op == ast::CmpOpKind::IsNot;
          bool valid = false;
          if (op == ast::CmpOpKind::In || op == ast::CmpOpKind::NotIn) {
            valid = infer_membership(expr, left, right) != nullptr;
            if (!valid) ok = false;
          } else if (identity) {
            valid = (left->is(TypeKind::None) || right->is(TypeKind::None)) &&
                    !(left->is(TypeKind::Optional) && right->is(TypeKind::Optional));
            if (!valid) {
              error(DiagnosticKind::UnsupportedOperation, expr,
                    "'{}' compares identity; compiled values have none except None: use == or !=", ast::spelling(op));
              ok = false;
            }
          } else {
            if (left->is_number() && right->is_number()) {
              valid = equality || (left->number_kind() != 'c' && right->number_kind() != 'c');
              numpy = numpy || left->is(TypeKind::NumpyScalar) || right->is(TypeKind::NumpyScalar);
            }
            else if (left->is(TypeKind::NDArray) || right->is(TypeKind::NDArray))
              valid = false;  // elementwise: an array of bools, not a bool (issue 5, next step)
            else if (left == right && (left->is(TypeKind::Tuple) || left->is(TypeKind::None) ||
                                       left->is(TypeKind::Str) || left->is(TypeKind::List)))
              valid = equality || !left->is(TypeKind::None);  // tuples, str and lists order lexicographically
            else if (left == right && (left->is(TypeKind::Set) || left->is(TypeKind::Dict)))
              valid = equality;
            else if (equality)
              valid = true;  // different kinds: never equal (as CPython answers)
            if (!valid) {
              error(DiagnosticKind::TypeMismatch, expr, "'{}' is not supported between '{}' and '{}'", ast::spelling(op),
                    type_name(left), type_name(right));
              ok = false;
            }
          }
        }
        left = right;
      }
      return ok ? record(expr, numpy ? types().numpy_scalar("bool") : types().boolean()) : nullptr;
    }
    case E::IfExp: {
      auto& choice = ast::cast<ast::IfExp>(*expr);
      TypeRef test = infer_maybe_none(choice.test);
      if (test) truth_testable(choice.test, test);
      // An empty display in a branch takes the context's type, else the other branch's; each
      // branch sees the test's narrowing (`x if x is not None else 0`).
      const FlowFacts::Names narrowed_before = flow_.narrowed_names();
      flow_.narrow(narrowing(choice.test, true));
      expected_ = expected;
      TypeRef body = infer_maybe_none(choice.body);
      flow_.restore_narrowed(narrowed_before);
      flow_.narrow(narrowing(choice.test, false));
      expected_ = expected ? expected
                           : (body && !contains_unknown(body) && !body->is(TypeKind::None) &&
                                      !body->is(TypeKind::Optional)
                                  ? body
                                  : nullptr);
      TypeRef orelse = infer_maybe_none(choice.orelse);
      expected_ = nullptr;
      flow_.restore_narrowed(narrowed_before);
      if (!body || !orelse) return nullptr;
      if (contains_unknown(body)) return record(expr, orelse);
      if (contains_unknown(orelse)) return record(expr, body);
      if (TypeRef joined = join_types(types(), body, orelse)) return record(expr, joined);
      if (body != orelse) {
        report(DiagnosticKind::TypeMismatch, choice.orelse->range,
               fmt::format("the branches of this conditional expression have different types '{}' and '{}': convert "
                           "them to one type",
                           type_name(body), type_name(orelse)),
               choice.body->range, fmt::format("this branch is a '{}'", type_name(body)));
        return nullptr;
      }
      return record(expr, body);
    }
    case E::Tuple: {
      std::vector<TypeRef> elements;
      bool ok = true;
      for (ast::ExprNode* elt : ast::cast<ast::Tuple>(*expr).elts) {
        if (elt->kind == K::Starred) {
          error(DiagnosticKind::UnsupportedExpression, elt, "starred expressions are not supported yet");
          ok = false;
          continue;
        }
        TypeRef type = infer_expr(elt);
        if (!type) ok = false;
        elements.push_back(type);
      }
      return ok ? record(expr, types().tuple(std::move(elements))) : nullptr;
    }
    case E::Call:
      expected_ = expected;
      return infer_call(&ast::cast<ast::Call>(*expr));
    case E::Subscript:
      return infer_subscript(&ast::cast<ast::Subscript>(*expr));
    case E::List:
    case E::Dict:
    case E::Set:
      expected_ = expected;
      return infer_display(expr);
    case E::ListComp:
    case E::SetComp:
    case E::DictComp:
    case E::GeneratorExp:
      return infer_comprehension(expr);
    case E::Lambda:
      if (callable_argument_) return types().callable({});  // typed by the parameter it is passed to
      error(DiagnosticKind::UnsupportedExpression, expr,
            "a lambda is supported as an argument of a call (key=lambda x: ...) or assigned to a variable at the top "
            "level of a function (f = lambda x: ...), not as a value here");
      return nullptr;
    case E::JoinedStr:
      return infer_fstring(&ast::cast<ast::JoinedStr>(*expr));
    case E::NamedExpr:
    case E::Await:
    case E::Yield:
    case E::YieldFrom:
    case E::FormattedValue:
    case E::Starred:
    case E::Slice:
      error(DiagnosticKind::UnsupportedExpression, expr, "{}", unsupported_expression_name(expr->kind));
      return nullptr;
  }
  return nullptr;
}

}  // namespace pycxx
