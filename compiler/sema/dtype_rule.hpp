// The one function that applies an array shim's dtype rule (compiler/shimscan/dtype_rule.def)
// to the promoted dtype of its arguments: ufuncs (infer_array_operator.cpp) and reductions
// and scans (infer_array_call.cpp) both call it, so np.sqrt and a future float-valued
// reduction cannot disagree. Its answers are numpy's, except float16, which pycxx lacks: where
// numpy gives float16 (np.sqrt of int8, uint8, bool) pycxx gives float32 (docs/arrays.md),
// as the runtime's float_of_t does (runtime/pycxx/array/dtype.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compiler/shimscan/shim_registry.hpp"

namespace pycxx {

// The result dtype; nullopt for the rules that do not follow from the arguments' dtype
// (NotArray, and LikeOrDtypeArg and FromDtypeArg, which read the dtype= argument).
std::optional<std::string> apply_dtype_rule(shims::DtypeRule rule, std::string_view promoted);

}  // namespace pycxx
