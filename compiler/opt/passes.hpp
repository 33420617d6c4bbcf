// The IR passes, in the order the pipeline runs them. One pass per file, each opening with
// a before -> after example: fold_constants.cpp, drop_overflow_checks.cpp,
// prove_bounds.cpp, mark_recursion.cpp.
#pragma once

#include <span>
#include <string_view>

#include "compiler/ir/ir.hpp"

namespace pycxx {

struct Pass {
  std::string_view name;
  void (*run)(ir::Module& module);
};

void fold_constants(ir::Module& module);
void drop_overflow_checks(ir::Module& module);
void prove_bounds(ir::Module& module);
void mark_recursion(ir::Module& module);

std::span<const Pass> all_passes();

}  // namespace pycxx
