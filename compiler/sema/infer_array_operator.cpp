// Operators on arrays: numpy 2's promotion between array dtypes, and NEP 50's weak Python
// scalars (float32 array * 2.5 stays float32, int array * 2.5 is float64), then each
// operator's own rule (true division gives a float, comparisons bool). The result is a lazy
// expression typed as the ndarray it materialises into. The runtime's ufunc functors
// (runtime/pycxx/array/dtype.hpp, ufunc_binary.hpp) apply the same rules to the C++ types.
// Neighbours: infer_operator.cpp (scalars), lower_expr.cpp (the runtime calls).
#include <algorithm>

#include "compiler/sema/dtype_rule.hpp"
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

int dtype_bits(std::string_view name) {
  if (name == "bool") return 8;
  std::size_t digits = name.find_first_of("0123456789");
  return std::stoi(std::string(name.substr(digits)));
}

std::string sized(std::string_view prefix, int bits) { return std::string(prefix) + std::to_string(bits); }

}  // namespace

std::string promote_dtypes(std::string_view a, std::string_view b) {
  if (a == b) return std::string(a);
  char ka = find_dtype(a)->kind_, kb = find_dtype(b)->kind_;
  auto order = [](char k) { return k == 'b' ? 0 : k == 'u' || k == 'i' ? 1 : k == 'f' ? 2 : 3; };
  if (order(ka) > order(kb) || (order(ka) == order(kb) && ka == 'u' && kb == 'i')) {
    std::swap(a, b);
    std::swap(ka, kb);
  }
  // Now a's kind is at most b's: bool < ints < float < complex.
  int ba = dtype_bits(a), bb = dtype_bits(b);
  if (ka == 'b') return std::string(b);
  if (kb == 'i' || kb == 'u') {
    if (ka == kb) return sized(ka == 'i' ? "int" : "uint", std::max(ba, bb));
    // a signed, b unsigned (after the swap a is 'i' only when b is 'u'; or a 'u', b 'i').
    int signed_bits = ka == 'i' ? ba : bb, unsigned_bits = ka == 'u' ? ba : bb;
    if (signed_bits > unsigned_bits) return sized("int", signed_bits);
    if (unsigned_bits < 64) return sized("int", unsigned_bits * 2);
    return "float64";
  }
  if (kb == 'f') {
    if (ka == 'f') return sized("float", std::max(ba, bb));
    return sized("float", ba <= 16 ? std::max(bb, 32) : 64);  // numpy: int8/16 with float32 stay float32
  }
  // b complex
  if (ka == 'c') return sized("complex", std::max(ba, bb));
  if (ka == 'f') return sized("complex", std::max(bb, 2 * ba));
  return sized("complex", ba <= 16 ? std::max(bb, 64) : 128);
}

std::string weak_promote(std::string_view array, TypeRef scalar) {
  char kind = find_dtype(array)->kind_;
  switch (numeric_rank(scalar)) {
    case 1:  // bool
      return std::string(array);
    case 2:  // int
      return kind == 'b' ? "int64" : std::string(array);
    case 3:  // float
      return kind == 'f' || kind == 'c' ? std::string(array) : "float64";
    default:  // complex
      if (kind == 'c') return std::string(array);
      return array == "float32" ? "complex64" : "complex128";
  }
}

TypeRef Inferrer::infer_array_binary(ast::Node* where, ast::OperatorKind op, TypeRef left, TypeRef right) {
  using O = ast::OperatorKind;
  auto operand_ok = [](TypeRef t) { return t->is(TypeKind::NDArray) || t->is_number(); };
  if (!operand_ok(left) || !operand_ok(right)) {
    error(DiagnosticKind::TypeMismatch, where, "cannot combine '{}' and '{}' with '{}'", type_name(left),
          type_name(right), ast::spelling(op));
    return nullptr;
  }
  // A numpy scalar operand is strong (its dtype promotes as an array's); a Python scalar weak.
  auto strong = [](TypeRef t) { return t->is(TypeKind::NDArray) || t->is(TypeKind::NumpyScalar); };
  std::string dtype = strong(left) && strong(right) ? promote_dtypes(left->dtype_, right->dtype_)
                      : left->is(TypeKind::NDArray) ? weak_promote(left->dtype_, right)
                                                    : weak_promote(right->dtype_, left);
  int rank = std::max(left->rank_, right->rank_);
  char kind = find_dtype(dtype)->kind_;
  switch (op) {
    case O::Add:
    case O::Mult:
    case O::Sub:
    case O::Pow:
    case O::FloorDiv:
    case O::Mod:
      if (kind == 'b' && op != O::Add && op != O::Mult) break;  // numpy refuses these on bools
      if (kind == 'c' && (op == O::FloorDiv || op == O::Mod)) break;
      return types().ndarray(dtype, rank);
    case O::Div:
      if (kind == 'b' || kind == 'i' || kind == 'u') dtype = "float64";
      return types().ndarray(dtype, rank);
    case O::MatMult:
    case O::LShift:
    case O::RShift:
    case O::BitOr:
    case O::BitXor:
    case O::BitAnd:
      break;
  }
  error(DiagnosticKind::UnsupportedOperation, where, "'{}' between '{}' and '{}' is not supported for arrays yet",
        ast::spelling(op), type_name(left), type_name(right));
  return nullptr;
}

}  // namespace pycxx

namespace pycxx {

TypeRef Inferrer::infer_ufunc(ast::Call* call, const std::string& callee, const shims::ShimFunction& shim) {
  using R = shims::DtypeRule;
  std::optional<CallTarget> bound = bind_rule_call(call, callee, shim, nullptr);
  if (!bound) return nullptr;
  CallTarget& target = *bound;
  std::vector<TypeRef> arg_types;  // the inputs (out= and where= are keyword-only, after them)
  TypeRef out = nullptr, where = nullptr;
  for (std::size_t i = 0; i < shim.params.size(); ++i) {
    ast::ExprNode* arg = target.args_[i];
    if (!arg) continue;
    TypeRef type = infer_expr(arg);
    if (!type) return nullptr;
    if (type->is(TypeKind::Unknown)) return record(call, type);
    target.param_types_[i] = type;
    const std::string_view name = shim.params[i].name;
    if (name == "out" || name == "where") {
      bool ok = type->is(TypeKind::NDArray) && (name == "out" || type->dtype_ == "bool");
      if (!ok) {
        error(DiagnosticKind::TypeMismatch, arg, "{}= of {}() must be {} here, not '{}'", name, callee,
              name == "out" ? "an array" : "an array of bool", type_name(type));
        return nullptr;
      }
      (name == "out" ? out : where) = type;
      continue;
    }
    if (!type->is(TypeKind::NDArray) && !type->is_number()) {
      error(DiagnosticKind::TypeMismatch, arg, "{}() takes arrays or numbers, not '{}'", callee, type_name(type));
      return nullptr;
    }
    arg_types.push_back(type);
  }
  if (where && !out) {
    error(DiagnosticKind::UnsupportedCall, call,
          "{}() with where= but no out= leaves the unselected elements uninitialised in numpy: pass out= too", callee);
    return nullptr;
  }
  // The dtype: arrays promote with each other first, then Python scalars join weakly.
  std::size_t first = shim.dtype_rule == R::Selected ? 1 : 0;
  std::string dtype;
  int rank = 0;
  for (std::size_t i = 0; i < arg_types.size(); ++i) {
    // Arrays and numpy scalars are strong in promotion (a numpy scalar as a 0-d array).
    if (!arg_types[i]->is(TypeKind::NDArray) && !arg_types[i]->is(TypeKind::NumpyScalar)) continue;
    rank = std::max(rank, arg_types[i]->rank_);
    if (i >= first) dtype = dtype.empty() ? arg_types[i]->dtype_ : promote_dtypes(dtype, arg_types[i]->dtype_);
  }
  for (std::size_t i = first; i < arg_types.size(); ++i) {
    if (arg_types[i]->is(TypeKind::NDArray) || arg_types[i]->is(TypeKind::NumpyScalar)) continue;
    if (dtype.empty()) {
      dtype = scalar_dtype(arg_types[i]);
    } else {
      dtype = weak_promote(dtype, arg_types[i]);
    }
  }
  std::optional<std::string> result_dtype = apply_dtype_rule(shim.dtype_rule, dtype);
  if (!result_dtype) {  // a ufunc's dtype follows from its inputs; these rules read dtype=
    error(DiagnosticKind::UnsupportedCall, call, "{}() is not supported yet", callee);
    return nullptr;
  }
  dtype = std::move(*result_dtype);
  if (out) {
    // numpy writes the result into out (casting checked when the call runs) and returns it.
    if (rank == 0) {
      error(DiagnosticKind::UnsupportedCall, call, "{}() with out= and only scalar arguments is not supported yet",
            callee);
      return nullptr;
    }
    int needed = std::max(rank, where ? where->rank_ : 0);
    if (needed > out->rank_) {
      error(DiagnosticKind::TypeMismatch, call,
            "{}() computes a {}-d result, which out= of rank {} cannot hold (numpy raises ValueError)", callee, needed,
            out->rank_);
      return nullptr;
    }
    spec_->calls_[call] = target;
    return record(call, out);
  }
  spec_->calls_[call] = target;
  // Only scalars: numpy computes on 0-d arrays and answers a numpy scalar.
  if (rank == 0) return record(call, element_type(types(), dtype));
  return record(call, types().ndarray(dtype, rank));
}

}  // namespace pycxx
