// The pass list: the pipeline runs these in order, verifying the IR after each.
#include "compiler/opt/passes.hpp"

namespace pycxx {

std::span<const Pass> all_passes() {
  static constexpr Pass passes[] = {
      {"fold_constants", fold_constants},
      {"drop_overflow_checks", drop_overflow_checks},
      {"prove_bounds", prove_bounds},
      {"mark_recursion", mark_recursion},
  };
  return passes;
}

}  // namespace pycxx
