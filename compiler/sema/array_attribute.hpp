// The array attributes of array_attribute.def as an enum, and the lookup by Python spelling
// that sema (infer_subscript.cpp) and lowering (lower_subscript.cpp) share.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace pycxx {

enum class ArrayAttribute : std::uint8_t {
#define PYCXX_ARRAY_ATTRIBUTE(Name, Spelling, Description) Name,
#include "compiler/sema/array_attribute.def"
};

inline std::optional<ArrayAttribute> find_array_attribute(std::string_view spelling) {
#define PYCXX_ARRAY_ATTRIBUTE(Name, Spelling, Description) \
  if (spelling == Spelling) return ArrayAttribute::Name;
#include "compiler/sema/array_attribute.def"
  return std::nullopt;
}

}  // namespace pycxx
