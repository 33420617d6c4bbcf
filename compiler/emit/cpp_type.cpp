// The C++ type of each sema type, as the team contract fixes them (int -> std::int64_t,
// float -> double, bool -> bool, complex -> std::complex<double>, None -> pycxx::none_t,
// tuple[A, B] -> std::tuple<A, B>, arrays -> pycxx::ndarray<T, N>, str -> pycxx::str,
// list/dict/set -> pycxx::list/dict/set (runtime/pycxx/containers/)), and C++ string literals. Neighbours: sema/type_kind.def.
#include <fmt/format.h>

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
    case TypeKind::NDArray:
      return fmt::format("pycxx::ndarray<{}, {}>", find_dtype(type->dtype_)->cpp_type_, type->rank_);
    case TypeKind::Str:
      return "pycxx::str";
    case TypeKind::List:
      return fmt::format("pycxx::list<{}>", cpp_type(type->elements_[0]));
    case TypeKind::Set:
      return fmt::format("pycxx::set<{}>", cpp_type(type->elements_[0]));
    case TypeKind::Dict:
      return fmt::format("pycxx::dict<{}, {}>", cpp_type(type->elements_[0]), cpp_type(type->elements_[1]));
    case TypeKind::Optional:
      return fmt::format("std::optional<{}>", cpp_type(type->elements_[0]));
    case TypeKind::Iterator:  // lazy views (zip, d.items()) are never stored: sema keeps them in place
    case TypeKind::Callable:  // lambdas are emitted in place, as C++ lambdas
    case TypeKind::TypeVar:
    case TypeKind::Iterable:
    case TypeKind::Union:  // annotations only: each specialisation has one of its alternatives
      return "auto";
    case TypeKind::FunctionRef:  // the function is known from the type: no run-time value
      return "pycxx::none_t";
    case TypeKind::Exception:
      return "pycxx::python_error";
    case TypeKind::Dtype:  // static: the tag type numpy shims take for dtype= (numpy/detail/arguments.hpp)
      return fmt::format("pycxx::shims::numpy::dtype_arg<{}>", find_dtype(type->dtype_)->cpp_type_);
    case TypeKind::NumpyScalar:  // the machine type; numpy's semantics are in the operations
      return std::string(find_dtype(type->dtype_)->cpp_type_);
  }
  return "void";
}

std::string boundary_type(TypeRef type) {
  if (type->is(TypeKind::NumpyScalar))
    return fmt::format("pycxx::python::numpy_value<{}>", find_dtype(type->dtype_)->cpp_type_);
  if (type->is(TypeKind::Optional)) return fmt::format("std::optional<{}>", boundary_type(type->elements_[0]));
  if (type->is(TypeKind::Tuple)) {
    std::string text = "std::tuple<";
    for (std::size_t i = 0; i < type->elements_.size(); ++i)
      text += (i ? ", " : "") + boundary_type(type->elements_[i]);
    return text + ">";
  }
  return cpp_type(type);
}

std::string cpp_string_literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\{:03o}", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace pycxx
