// Calls of ArrayMethod shims (a.ravel(), a.fill(v), a.reshape(2, 3), np.ravel(a)): the
// arguments in the shim's parameter order, the shape as pycxx::shape_t<N> (numpy's *shape:
// separate sizes become one tuple first), omitted parameters before a given one as their C++
// default. Neighbours: lower_call.cpp (dispatch), sema/infer_array_method.cpp (the binding).
#include "compiler/lower/lowerer.hpp"

namespace pycxx {

ir::Value* Lowerer::array_method_call(ast::Call* node, const CallTarget& target, TypeRef type) {
  const shims::ShimFunction& shim = *target.shim_;
  const std::size_t params = shim.params.size();
  std::size_t last = 0;  // one past the last given parameter: later defaults are left out
  for (std::size_t i = 0; i < params; ++i)
    if (target.args_[i]) last = i + 1;
  std::vector<ir::Value*> args;
  for (std::size_t i = 0; i < last; ++i) {
    const shims::ShimParam& param = shim.params[i];
    ast::ExprNode* arg = target.args_[i];
    if (!arg) {
      args.push_back(literal(types().unknown(), std::string(param.cpp_default)));
      continue;
    }
    ir::Value* value = expr(arg);
    if (param.type == "shape") {
      if (target.variadic_from_ >= 0) {  // a.reshape(2, 3): the sizes as one tuple (2, 3)
        std::vector<ir::Value*> sizes{value};
        std::vector<TypeRef> size_types{value->type_};
        for (std::size_t k = static_cast<std::size_t>(target.variadic_from_); k < target.args_.size(); ++k) {
          sizes.push_back(expr(target.args_[k]));
          size_types.push_back(sizes.back()->type_);
        }
        value = f_.make(ir::InstKind::MakeTuple, types().tuple(std::move(size_types)), sizes);
      }
      value = f_.call(ir::RuntimeOp::MakeShape, types().unknown(), {value});
    } else if (i > 0 && target.param_types_[i]) {
      value = convert(value, target.param_types_[i]);
    }
    args.push_back(value);
  }
  ir::Value* v = f_.make(ir::InstKind::CallShim, type, args, std::string(shim.cpp_entity));
  v->header_ = std::string(shim.header);
  return v;
}

}  // namespace pycxx
