// Whether values of a type can be set items and dict keys: CPython raises
// "TypeError: unhashable type: 'list'" at run time; pycxx says so at compile time
// (the C++ set and dict of such items do not exist, so it would not build).
#pragma once

#include <string>

#include "compiler/sema/type.hpp"

namespace pycxx {

// The unhashable type in `type` ('list' for tuple[int, list[int]]), or "" when hashable.
std::string unhashable_part(TypeRef type);

}  // namespace pycxx
