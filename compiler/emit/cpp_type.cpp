// The C++ type of each sema type, as the team contract fixes them (int -> std::int64_t,
// float -> double, bool -> bool, complex -> std::complex<double>, None -> pycxx::none_t,
// tuple[A, B] -> std::tuple<A, B>). Neighbours: sema/type_kind.def.
#include "compiler/emit/emitter.hpp"

namespace pycxx {

std::string cpp_type(TypeRef type) {
  switch (type->kind_) {
    case TypeKind::Unknown:
      return "void";
    case TypeKind::None:
      return "pycxx::none_t";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
      return "std::int64_t";
    case TypeKind::Float:
      return "double";
    case TypeKind::Complex:
      return "std::complex<double>";
    case TypeKind::Tuple: {
      std::string text = "std::tuple<";
      for (std::size_t i = 0; i < type->elements_.size(); ++i) text += (i ? ", " : "") + cpp_type(type->elements_[i]);
      return text + ">";
    }
  }
  return "void";
}

}  // namespace pycxx
