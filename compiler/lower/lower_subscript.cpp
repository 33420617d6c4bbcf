// Subscripts: an array element `a[i, j]` is an Element instruction (the runtime's at(), with
// numpy's negative indices and IndexError), a store `a[i, j] = v` a StoreElement (at_mut(),
// which refuses read-only arrays), `t[k]` a TupleGet; and the array attributes of
// sema/array_attribute.def. Neighbours: lower_assign.cpp
// (targets), sema/infer_subscript.cpp (the typing rules), runtime/pycxx/array/attributes.hpp.
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"
#include "compiler/sema/array_attribute.hpp"

namespace pycxx {

std::vector<ir::Value*> Lowerer::subscript_operands(ast::Subscript* node) {
  std::vector<ir::Value*> operands{expr(node->value)};
  std::vector<ast::ExprNode*> indices{node->slice};
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(node->slice)) indices = tuple->elts;
  for (ast::ExprNode* index : indices) operands.push_back(convert(expr(index), types().integer()));  // numpy ints too
  return operands;
}

ir::Value* Lowerer::subscript(ast::Subscript* node) {
  TypeRef base = type_of(node->value);
  if (base->is(TypeKind::Str) || base->is(TypeKind::List) || base->is(TypeKind::Dict)) return container_subscript(node);
  if (base->is(TypeKind::Tuple)) {
    // sema checked the index is a constant in range; negative counts from the end.
    ir::Value* index = expr(node->slice);
    std::int64_t k = index->int_;
    if (k < 0) k += static_cast<std::int64_t>(base->elements_.size());
    ir::Value* get = f_.make(ir::InstKind::TupleGet, type_of(node), {expr(node->value)});
    get->int_ = k;
    return get;
  }
  if (TypeRef index = type_of(node->slice); index && index->is(TypeKind::NDArray))  // a[mask], a[idx]
    return f_.call(ir::RuntimeOp::GetItem, type_of(node), {expr(node->value), expr(node->slice)});
  if (type_of(node)->is(TypeKind::NDArray)) return view(node);
  return f_.make(ir::InstKind::Element, type_of(node), subscript_operands(node));
}

ir::Value* Lowerer::view(ast::Subscript* node) {
  // pycxx::view(a, 1, pycxx::slice(lo, hi, step), pycxx::newaxis): numpy's basic indexing.
  std::vector<ir::Value*> operands{expr(node->value)};
  std::vector<ast::ExprNode*> indices{node->slice};
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(node->slice)) indices = tuple->elts;
  auto bound = [&](ast::ExprNode* e) {
    auto* none = e ? ast::dyn_cast<ast::Constant>(e) : nullptr;
    if (!e || (none && none->value.kind == ast::ConstantValue::Kind::None))
      return literal(types().integer(), "pycxx::slice_none");
    return convert(expr(e), types().integer());
  };
  for (ast::ExprNode* index : indices) {
    auto* constant = ast::dyn_cast<ast::Constant>(index);
    if (auto* slice = ast::dyn_cast<ast::Slice>(index)) {
      operands.push_back(f_.call(ir::RuntimeOp::Slice, types().unknown(),
                                 {bound(slice->lower), bound(slice->upper), bound(slice->step)}));
    } else if ((constant && constant->value.kind == ast::ConstantValue::Kind::None) || !type_of(index)) {
      operands.push_back(literal(types().unknown(), "pycxx::newaxis"));  // None or np.newaxis
    } else {
      operands.push_back(convert(expr(index), types().integer()));
    }
  }
  return f_.call(ir::RuntimeOp::View, type_of(node), std::move(operands));
}

ir::Value* Lowerer::store_element(std::vector<ir::Value*> operands, ir::Value* value) {
  operands.push_back(value);
  return f_.make(ir::InstKind::StoreElement, types().none(), std::move(operands));
}

ir::Value* Lowerer::dtype_literal(TypeRef type) {
  ir::Value* v = literal(type, fmt::format("pycxx::shims::numpy::dtype_arg<{}>{{}}", find_dtype(type->dtype_)->cpp_type_));
  v->header_ = "numpy/detail/arguments.hpp";
  return v;
}

ir::Value* Lowerer::as_dtype_text(ir::Value* value, bool repr) {
  if (!value->type_->is(TypeKind::Dtype)) return value;
  const std::string& dtype = value->type_->dtype_;  // str(a.dtype) is its name, repr() "dtype('float64')"
  return literal(types().str(), repr ? dtype_repr(dtype) : dtype);
}

ir::Value* Lowerer::array_attribute(ir::Value* array, const std::string& attr, TypeRef type) {
  std::optional<ArrayAttribute> known = find_array_attribute(attr);
  if (!known) lowering_bug(fmt::format("the array attribute '{}'", attr));
  // A static attribute is known from the type; the array expression still runs (it may raise).
  auto after_array = [&](ir::Value* known_value) {
    if (array->kind_ == ir::InstKind::Local || array->kind_ == ir::InstKind::Global) return known_value;
    return f_.make(ir::InstKind::Sequence, type, {array, known_value});
  };
  const std::int64_t itemsize = dtype_itemsize(array->type_->dtype_);
  switch (*known) {
    case ArrayAttribute::Shape: return f_.call(ir::RuntimeOp::ShapeTuple, type, {array});
    case ArrayAttribute::Ndim: return after_array(literal(type, std::to_string(array->type_->rank_), array->type_->rank_));
    case ArrayAttribute::Size: return f_.call(ir::RuntimeOp::ArraySize, type, {array});
    case ArrayAttribute::T: return f_.call(ir::RuntimeOp::Transpose, type, {array});
    case ArrayAttribute::Dtype: return after_array(dtype_literal(type));
    case ArrayAttribute::Itemsize: return after_array(literal(type, std::to_string(itemsize), itemsize));
    case ArrayAttribute::Nbytes:
      return f_.make(ir::InstKind::Operator, type,
                     {f_.call(ir::RuntimeOp::ArraySize, type, {array}), literal(type, std::to_string(itemsize), itemsize)},
                     "*");
  }
  lowering_bug("an array attribute outside array_attribute.def");
}

}  // namespace pycxx
