// numpy scalars (what a[i] of an array reads as) in expressions: operators and comparisons
// as numpy computes them, through runtime/pycxx/scalar/numpy_ops.hpp with the array
// runtime's ufunc kernels; the dtype of each operation is the one sema chose (NEP 50).
// A numpy scalar operand of an array operation is marked strong (pycxx::strong), so that the
// runtime promotes it as numpy does. Neighbours: lower_expr.cpp, sema/infer_operator.cpp.
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

std::string_view cpp_of(std::string_view dtype) { return find_dtype(dtype)->cpp_type_; }

}  // namespace

ir::RuntimeOp ufunc_of(ast::OperatorKind op) {
  using O = ast::OperatorKind;
  using R = ir::RuntimeOp;
  switch (op) {
    case O::Add: return R::Add;
    case O::Sub: return R::Subtract;
    case O::Mult: return R::Multiply;
    case O::MatMult: break;  // the runtime has no matmul yet: sema rejects `@` on arrays and numpy scalars
    case O::Div: return R::TrueDivide;
    case O::Mod: return R::Remainder;
    case O::Pow: return R::Power;
    case O::LShift: return R::LeftShift;
    case O::RShift: return R::RightShift;
    case O::BitOr: return R::BitwiseOr;
    case O::BitXor: return R::BitwiseXor;
    case O::BitAnd: return R::BitwiseAnd;
    case O::FloorDiv: return R::FloorDivide;
  }
  lowering_bug(fmt::format("'{}' on arrays or numpy scalars", ast::spelling(op)));
}

ir::RuntimeOp ufunc_of(ast::CmpOpKind op) {
  using C = ast::CmpOpKind;
  using R = ir::RuntimeOp;
  switch (op) {
    case C::Eq: return R::Equal;
    case C::NotEq: return R::NotEqual;
    case C::Lt: return R::Less;
    case C::LtE: return R::LessEqual;
    case C::Gt: return R::Greater;
    case C::GtE: return R::GreaterEqual;
    case C::Is: case C::IsNot: case C::In: case C::NotIn: break;  // no ufunc: sema rejects them on arrays
  }
  lowering_bug(fmt::format("'{}' on arrays or numpy scalars", ast::spelling(op)));
}

std::string ufunc_functor(ir::RuntimeOp ufunc) {
  std::string_view entity = ir::runtime_op_info(ufunc).entity_;  // pycxx::add -> pycxx::ufunc::add
  return fmt::format("pycxx::ufunc::{}", entity.substr(entity.rfind(':') + 1));
}

ir::Value* Lowerer::strong(ir::Value* value) {
  if (!value->type_->is(TypeKind::NumpyScalar)) return value;
  return f_.call(ir::RuntimeOp::Strong, types().unknown(), {value});
}

ir::Value* Lowerer::numpy_binary(ast::OperatorKind op, ir::Value* left, ir::Value* right, TypeRef result) {
  // Computed in the result's dtype (true division of ints: float64, as the ufunc computes).
  std::string_view cpp = cpp_of(result->dtype_);
  char kind = find_dtype(result->dtype_)->kind_;
  auto operand = [&](ir::Value* v) {
    // NEP 50: a Python int must fit an integer dtype narrower than itself (numpy's OverflowError).
    bool checked = v->type_->is(TypeKind::Int) && (kind == 'i' || kind == 'u') && result->dtype_ != "int64";
    if (!checked) return v;
    return f_.call(ir::RuntimeOp::NumpyWeak, result, {v}, std::string(cpp));
  };
  return f_.call(ir::RuntimeOp::NumpyBinary, result, {operand(left), operand(right)},
                 fmt::format("{}, {}", ufunc_functor(ufunc_of(op)), cpp));
}

ir::Value* Lowerer::numpy_compare(ast::CmpOpKind op, ir::Value* left, ir::Value* right, TypeRef result) {
  // numpy compares a Python int with a numpy integer exactly (np.int8(5) < 1000 is True, no
  // OverflowError): in int64. Otherwise in the promoted dtype (np.float32(0.1) == 0.1 is True).
  std::string dtype = numpy_operand_dtype(left->type_, right->type_);
  bool python_int = left->type_->is(TypeKind::Int) || right->type_->is(TypeKind::Int);
  char kind = find_dtype(dtype)->kind_;
  if (python_int && (kind == 'i' || kind == 'u' || kind == 'b')) dtype = "int64";
  return f_.call(ir::RuntimeOp::NumpyCompare, result, {left, right},
                 fmt::format("{}, {}", ufunc_functor(ufunc_of(op)), cpp_of(dtype)));
}

ir::Value* Lowerer::numpy_unary(ast::UnaryOpKind op, ir::Value* operand, TypeRef result) {
  switch (op) {
    case ast::UnaryOpKind::UAdd:
      return operand;
    case ast::UnaryOpKind::USub:
    case ast::UnaryOpKind::Invert: {
      return f_.call(ir::RuntimeOp::NumpyUnary, result, {operand},
                     op == ast::UnaryOpKind::USub ? "pycxx::ufunc::negative" : "pycxx::ufunc::invert");
    }
    case ast::UnaryOpKind::Not:
      return f_.make(ir::InstKind::Operator, result, {truth(operand)}, "!");
  }
  lowering_bug("a unary operator outside operator_kind.def");
}

}  // namespace pycxx
