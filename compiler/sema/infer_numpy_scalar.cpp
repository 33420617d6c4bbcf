// numpy's scalar types called as constructors: np.float32(255.0), np.int64(x), np.uint8(v),
// np.bool_(x), np.complex64(z). The type is the dtype.def row the name stands for (no list
// of numpy names here); the conversion is numpy's (runtime/pycxx/scalar/numpy_ops.hpp).
// Neighbours: infer_call.cpp (dispatches np.<dtype>(...) here), lower/lower_call.cpp.
#include "compiler/sema/inferrer.hpp"

namespace pycxx {

TypeRef Inferrer::infer_numpy_constructor(ast::Call* call, std::string_view dtype) {
  TypeRef result = types().numpy_scalar(dtype);
  if (!call->keywords.empty() || call->args.size() > 1) {
    error(DiagnosticKind::BadCallArguments, call, "np.{}() takes at most one positional argument here", dtype);
    return nullptr;
  }
  CallTarget target;
  target.kind_ = CallTarget::Kind::NumpyScalar;
  target.args_ = call->args;
  if (!call->args.empty()) {
    TypeRef arg = infer_expr(call->args[0]);
    if (!arg) return nullptr;
    if (contains_unknown(arg)) return record(call, arg);
    // numpy converts numbers (a string too, which compiled code does not take); a complex
    // only into a complex type (np.float32(1j) is numpy's TypeError).
    bool fits = arg->is_number() && (arg->number_kind() != 'c' || find_dtype(dtype)->kind_ == 'c');
    if (!fits) {
      error(DiagnosticKind::BadCallArguments, call->args[0], "np.{}() cannot convert a '{}' to '{}'", dtype,
            type_name(arg), type_name(result));
      return nullptr;
    }
    target.param_types_ = {arg};
  }
  spec_->calls_[call] = target;
  return record(call, result);
}

}  // namespace pycxx
