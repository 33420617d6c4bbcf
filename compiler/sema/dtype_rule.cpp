// apply_dtype_rule (dtype_rule.hpp): numpy's result dtype of a ufunc or reduction from the
// promoted dtype of its inputs, one case per row of dtype_rule.def.
#include "compiler/sema/dtype_rule.hpp"

#include "compiler/sema/type.hpp"

namespace pycxx {

std::optional<std::string> apply_dtype_rule(shims::DtypeRule rule, std::string_view promoted) {
  using R = shims::DtypeRule;
  const std::string dtype(promoted);
  const char kind = find_dtype(dtype)->kind_;
  const bool integral = kind == 'b' || kind == 'i' || kind == 'u';
  switch (rule) {
    case R::Same:
    case R::Selected:
      return dtype;
    case R::FloatOf: {
      // numpy: int8/uint8/bool -> float16 (pycxx: float32), int16/uint16 -> float32, wider -> float64.
      if (!integral) return dtype;
      int bits = kind == 'b' ? 8 : std::stoi(dtype.substr(dtype.find_first_of("0123456789")));
      return bits <= 16 ? "float32" : "float64";
    }
    case R::RealOf:
      if (dtype == "complex64") return "float32";
      if (dtype == "complex128") return "float64";
      return dtype;
    case R::NonBool:
      return kind == 'b' ? "int8" : dtype;
    case R::Bool:
      return "bool";
    case R::SumType:
      if (kind == 'b' || kind == 'i') return "int64";  // numpy's default int for sums and products
      if (kind == 'u') return "uint64";
      return dtype;
    case R::MeanType:
      return integral ? "float64" : dtype;
    case R::Index:
      return "int64";
    case R::NotArray:
    case R::LikeOrDtypeArg:
    case R::FromDtypeArg:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace pycxx
