// Binary operators: the result type of `a OP b` under Python's numeric promotion (bool <
// int < float < complex), true division to float, `//` and `%` refused on complex, bitwise
// operators on ints and bools, tuple/list/str concatenation, list/str repetition, set
// algebra; with a numpy scalar operand, numpy 2's promotion (NEP 50) and numpy's
// per-operator rules; type errors name both operand types.
// Neighbours: infer_expr.cpp (operands, unary operators, comparisons), lower_expr.cpp.
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

// What `a OP b` is called in a type error: "cannot add 'tuple[int, int]' and 'float'".
std::string_view operator_verb(ast::OperatorKind op) {
  switch (op) {
    case ast::OperatorKind::Add:
      return "add";
    case ast::OperatorKind::Sub:
      return "subtract";
    case ast::OperatorKind::Mult:
      return "multiply";
    case ast::OperatorKind::MatMult:
      return "matrix-multiply";
    case ast::OperatorKind::Div:
      return "divide";
    case ast::OperatorKind::Mod:
      return "take the modulo of";
    case ast::OperatorKind::Pow:
      return "raise to a power";
    case ast::OperatorKind::LShift:
    case ast::OperatorKind::RShift:
      return "shift";
    case ast::OperatorKind::BitOr:
    case ast::OperatorKind::BitXor:
    case ast::OperatorKind::BitAnd:
      return "apply a bitwise operator to";
    case ast::OperatorKind::FloorDiv:
      return "floor-divide";
  }
  return "combine";
}

bool is_negative_constant(const ast::ExprNode* expr) {
  auto* unary = ast::dyn_cast<ast::UnaryOp>(expr);
  if (!unary || unary->op != ast::UnaryOpKind::USub) return false;
  auto* constant = ast::dyn_cast<ast::Constant>(unary->operand);
  return constant && constant->value.kind == ast::ConstantValue::Kind::Int && constant->value.text != "0";
}

}  // namespace

bool Inferrer::known_non_negative(const ast::ExprNode* expr) const {
  if (!expr) return false;
  if (auto* constant = ast::dyn_cast<ast::Constant>(expr))
    return constant->value.kind == ast::ConstantValue::Kind::Int || constant->value.kind == ast::ConstantValue::Kind::Bool;
  if (auto* name = ast::dyn_cast<ast::Name>(expr)) return flow_.non_negative(name->id);
  if (auto* call = ast::dyn_cast<ast::Call>(expr)) {
    auto* callee = ast::dyn_cast<ast::Name>(call->func);
    return callee && (callee->id == "len" || callee->id == "abs") && !find_function(callee->id) &&
           !spec_->find_local(callee->id);
  }
  if (auto* binary = ast::dyn_cast<ast::BinOp>(expr)) {
    using O = ast::OperatorKind;
    bool both = known_non_negative(binary->left) && known_non_negative(binary->right);
    if (binary->op == O::Add || binary->op == O::Mult || binary->op == O::FloorDiv || binary->op == O::Pow) return both;
    // x % c is in [0, c) for a positive c, whatever x is.
    if (binary->op == O::Mod) return known_non_negative(binary->right) && !is_negative_constant(binary->right);
  }
  return false;
}

TypeRef Inferrer::infer_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right,
                               ast::ExprNode* right_expr) {
  using O = ast::OperatorKind;
  if (left->is(TypeKind::Unknown) || right->is(TypeKind::Unknown)) return types().unknown();
  if (left->is(TypeKind::NDArray) || right->is(TypeKind::NDArray)) return infer_array_binary(where, op, left, right);
  auto mismatch = [&]() -> TypeRef {
    error(DiagnosticKind::TypeMismatch, where, "cannot {} '{}' and '{}'", operator_verb(op), type_name(left),
          type_name(right));
    return nullptr;
  };
  if ((left->is(TypeKind::NumpyScalar) || right->is(TypeKind::NumpyScalar)) && left->is_number() &&
      right->is_number())
    return infer_numpy_binary(where, op, left, right);
  if (left->is(TypeKind::Tuple) && right->is(TypeKind::Tuple) && op == O::Add) {
    std::vector<TypeRef> elements = left->elements_;
    elements.insert(elements.end(), right->elements_.begin(), right->elements_.end());
    return types().tuple(std::move(elements));
  }
  // Sequences: list + list and str + str concatenate (one type), list * int and str * int repeat.
  auto sequence = [](TypeRef t) { return t->is(TypeKind::List) || t->is(TypeKind::Str); };
  if (op == O::Add && sequence(left) && left == right) return left;
  if (op == O::Mult && sequence(left) && (right->is(TypeKind::Int) || right->is(TypeKind::Bool))) return left;
  if (op == O::Mult && sequence(right) && (left->is(TypeKind::Int) || left->is(TypeKind::Bool))) return right;
  if (op == O::BitOr || op == O::BitAnd || op == O::Sub || op == O::BitXor) {
    if (left->is(TypeKind::Set) && left == right) return left;  // union, intersection, difference
  }
  TypeRef wide = promote(types(), left, right);
  if (!wide) return mismatch();
  bool has_complex = wide->is(TypeKind::Complex);
  switch (op) {
    case O::Add:
    case O::Sub:
    case O::Mult:
      return wide;
    case O::Div:
      return has_complex ? types().complex() : types().floating();
    case O::FloorDiv:
    case O::Mod:
      if (has_complex) return mismatch();
      return wide;
    case O::Pow:
      // int ** int is an int; a negative exponent at run time raises ValueError saying to
      // write float(base) ** exponent. A literal negative exponent gives CPython's float.
      if (wide->is(TypeKind::Int) && is_negative_constant(right_expr)) return types().floating();
      // int ** int is a float in Python when the exponent is negative: a compiled int cannot
      // hold that, so the exponent must be seen to be non-negative (never a silent difference).
      if (wide->is(TypeKind::Int) && right_expr && !known_non_negative(right_expr)) {
        error(DiagnosticKind::UnsupportedOperation, right_expr,
              "the exponent of an int ** int may be negative, where Python gives a float: write float(base) ** "
              "exponent for a float, or make the exponent visibly non-negative (a constant, len(...), abs(...), a "
              "range(...) index)");
        return nullptr;
      }
      return wide;
    case O::LShift:
    case O::RShift:
    case O::BitOr:
    case O::BitXor:
    case O::BitAnd:
      if (numeric_rank(wide) > 2) return mismatch();
      if (left->is(TypeKind::Bool) && right->is(TypeKind::Bool) && op != O::LShift && op != O::RShift)
        return types().boolean();
      return types().integer();
    case O::MatMult:
      return mismatch();
  }
  return nullptr;
}

TypeRef Inferrer::infer_numpy_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right) {
  // numpy's scalar operators are its ufuncs on 0-d values: the operand dtype by NEP 50
  // (a Python scalar takes the numpy scalar's dtype unless its kind is higher), then the
  // ufunc's own rule, as the array operators (infer_array_operator.cpp) apply it.
  using O = ast::OperatorKind;
  std::string dtype = numpy_operand_dtype(left, right);
  char kind = find_dtype(dtype)->kind_;
  auto refused = [&](std::string_view why) -> TypeRef {
    error(DiagnosticKind::TypeMismatch, where, "numpy cannot {} '{}' and '{}': {}", operator_verb(op), type_name(left),
          type_name(right), why);
    return nullptr;
  };
  switch (op) {
    case O::Add:
    case O::Mult:
      break;  // on numpy.bool: logical or / and, as numpy
    case O::Sub:
      if (kind == 'b') return refused("numpy refuses '-' on booleans (use '^' or np.logical_xor)");
      break;
    case O::Div:
      if (kind == 'b' || kind == 'i' || kind == 'u') dtype = "float64";
      break;
    case O::FloorDiv:
    case O::Mod:
      if (kind == 'c') return refused("'//' and '%' are not defined for complex numbers");
      if (kind == 'b') dtype = "int8";
      break;
    case O::Pow:
      if (kind == 'b') dtype = "int8";
      break;
    case O::LShift:
    case O::RShift:
    case O::BitOr:
    case O::BitXor:
    case O::BitAnd:
      if (kind != 'b' && kind != 'i' && kind != 'u') return refused("bitwise operators take integers or booleans");
      if (kind == 'b' && (op == O::LShift || op == O::RShift)) dtype = "int8";
      break;
    case O::MatMult:
      return refused("'@' takes arrays");
  }
  return types().numpy_scalar(dtype);
}

}  // namespace pycxx
