// numpy scalars (what a[i] of an array reads as) in expressions: operators and comparisons
// as numpy computes them, through runtime/pycxx/scalar/numpy_ops.hpp with the array
// runtime's ufunc kernels; the dtype of each operation is the one sema chose (NEP 50).
// A numpy scalar operand of an array operation is marked strong (pycxx::strong), so that the
// runtime promotes it as numpy does. Neighbours: lower_expr.cpp, sema/infer_operator.cpp.
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

constexpr const char* kHeader = "pycxx/scalar/numpy_ops.hpp";

// The array runtime's functor for each operator (runtime/pycxx/array/ufunc_binary.def).
const char* ufunc_of(ast::OperatorKind op) {
  static const char* ufuncs[] = {"add", "subtract", "multiply", "matmul", "true_divide", "remainder", "power",
                                 "left_shift", "right_shift", "bitwise_or", "bitwise_xor", "bitwise_and",
                                 "floor_divide"};
  static_assert(sizeof(ufuncs) / sizeof(ufuncs[0]) == static_cast<std::size_t>(ast::OperatorKind::FloorDiv) + 1);
  return ufuncs[static_cast<int>(op)];
}

std::string_view cpp_of(std::string_view dtype) { return find_dtype(dtype)->cpp_type_; }

}  // namespace

ir::Value* Lowerer::strong(ir::Value* value) {
  if (!value->type_->is(TypeKind::NumpyScalar)) return value;
  return f_.make(ir::InstKind::Runtime, types().unknown(), {value}, "pycxx::strong");
}

ir::Value* Lowerer::numpy_binary(ast::OperatorKind op, ir::Value* left, ir::Value* right, TypeRef result) {
  // Computed in the result's dtype (true division of ints: float64, as the ufunc computes).
  std::string_view cpp = cpp_of(result->dtype_);
  char kind = find_dtype(result->dtype_)->kind_;
  auto operand = [&](ir::Value* v) {
    // NEP 50: a Python int must fit an integer dtype narrower than itself (numpy's OverflowError).
    bool checked = v->type_->is(TypeKind::Int) && (kind == 'i' || kind == 'u') && result->dtype_ != "int64";
    if (!checked) return v;
    ir::Value* weak = f_.make(ir::InstKind::Runtime, result, {v}, fmt::format("pycxx::numpy_weak<{}>", cpp));
    weak->header_ = kHeader;
    return weak;
  };
  ir::Value* v = f_.make(ir::InstKind::Runtime, result, {operand(left), operand(right)},
                         fmt::format("pycxx::numpy_binary<pycxx::ufunc::{}, {}>", ufunc_of(op), cpp));
  v->header_ = kHeader;
  return v;
}

ir::Value* Lowerer::numpy_compare(ast::CmpOpKind op, ir::Value* left, ir::Value* right, TypeRef result) {
  static const char* ufuncs[] = {"equal", "not_equal", "less", "less_equal", "greater", "greater_equal"};
  // numpy compares a Python int with a numpy integer exactly (np.int8(5) < 1000 is True, no
  // OverflowError): in int64. Otherwise in the promoted dtype (np.float32(0.1) == 0.1 is True).
  std::string dtype = numpy_operand_dtype(left->type_, right->type_);
  bool python_int = left->type_->is(TypeKind::Int) || right->type_->is(TypeKind::Int);
  char kind = find_dtype(dtype)->kind_;
  if (python_int && (kind == 'i' || kind == 'u' || kind == 'b')) dtype = "int64";
  ir::Value* v = f_.make(ir::InstKind::Runtime, result, {left, right},
                         fmt::format("pycxx::numpy_compare<pycxx::ufunc::{}, {}>", ufuncs[static_cast<int>(op)],
                                     cpp_of(dtype)));
  v->header_ = kHeader;
  return v;
}

ir::Value* Lowerer::numpy_unary(ast::UnaryOpKind op, ir::Value* operand, TypeRef result) {
  switch (op) {
    case ast::UnaryOpKind::UAdd:
      return operand;
    case ast::UnaryOpKind::USub:
    case ast::UnaryOpKind::Invert: {
      ir::Value* v = f_.make(ir::InstKind::Runtime, result, {operand},
                             op == ast::UnaryOpKind::USub ? "pycxx::numpy_unary<pycxx::ufunc::negative>"
                                                          : "pycxx::numpy_unary<pycxx::ufunc::invert>");
      v->header_ = kHeader;
      return v;
    }
    case ast::UnaryOpKind::Not:
      return f_.make(ir::InstKind::Operator, result, {truth(operand)}, "!");
  }
  return nullptr;
}

}  // namespace pycxx
