// The seam between the generated table (shim_registry_table.cpp, written by the shimscan
// tool into the build folder) and the hand-written lookups in registry_lookup.cpp.
#pragma once

#include <span>

#include "compiler/shimscan/shim_registry.hpp"

namespace pycxx::shims {

// Every shim, sorted by (module, name), overloads in declaration order.
std::span<const ShimFunction> generated_shim_table();

}  // namespace pycxx::shims
