// unhashable_part (see hashable.hpp): CPython's hashability, by type kind.
#include "compiler/sema/hashable.hpp"

namespace pycxx {

std::string unhashable_part(TypeRef type) {
  if (!type) return "";
  switch (type->kind_) {
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Set:
      return std::string(type_kind_spelling(type->kind_));
    case TypeKind::NDArray:
      return "numpy.ndarray";
    case TypeKind::Tuple:
    case TypeKind::Optional:
    case TypeKind::Union:
      for (TypeRef element : type->elements_)
        if (std::string part = unhashable_part(element); !part.empty()) return part;
      return "";
    case TypeKind::Unknown: case TypeKind::None: case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float:
    case TypeKind::Complex: case TypeKind::Str: case TypeKind::Exception: case TypeKind::NumpyScalar:
    case TypeKind::Iterator: case TypeKind::Callable: case TypeKind::FunctionRef: case TypeKind::TypeVar:
    case TypeKind::Iterable: case TypeKind::Dtype:
      return "";
  }
  return "";
}

}  // namespace pycxx
