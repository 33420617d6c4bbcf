// Generic shim signatures: a shim written as a C++ template (`template <class T> void
// append(list<T>& self, const T& x)`) is spelled with type variables ("list[T]", "T") and
// Iterable[T]; a call binds the variables from the argument types, left to right, and the
// result type is the pattern with them replaced. Neighbours: type.hpp, infer_call.cpp.
#include "compiler/sema/type.hpp"

namespace pycxx {

bool is_generic(TypeRef type) {
  if (type->is(TypeKind::TypeVar) || type->is(TypeKind::Iterable)) return true;
  for (TypeRef element : type->elements_)
    if (is_generic(element)) return true;
  return false;
}

bool match_type(TypeContext& types, TypeRef pattern, TypeRef actual, TypeBindings& bindings) {
  if (pattern->is(TypeKind::TypeVar)) {
    for (auto& [name, bound] : bindings) {
      if (name != pattern->dtype_) continue;
      if (bound == actual || implicitly_converts(actual, bound)) return true;
      // max(1, 2.5): T was bound to int by the first argument; the wider type wins when the
      // earlier arguments convert to it (they are converted at the call).
      if (implicitly_converts(bound, actual) && actual->is_number()) {
        bound = actual;
        return true;
      }
      return false;
    }
    bindings.emplace_back(pattern->dtype_, actual);
    return true;
  }
  if (pattern->is(TypeKind::Iterable)) {
    TypeRef item = item_type(types, actual);
    return item && match_type(types, pattern->elements_[0], item, bindings);
  }
  if (!is_generic(pattern)) return implicitly_converts(actual, pattern);
  if (pattern->kind_ != actual->kind_ || pattern->elements_.size() != actual->elements_.size()) return false;
  // Containers are invariant: list[int] is not a list[float], so items bind exactly.
  for (std::size_t i = 0; i < pattern->elements_.size(); ++i) {
    TypeRef p = pattern->elements_[i];
    TypeRef a = actual->elements_[i];
    if (!is_generic(p)) {
      if (p != a) return false;
    } else if (!match_type(types, p, a, bindings)) {
      return false;
    }
  }
  return true;
}

TypeRef substitute(TypeContext& types, TypeRef pattern, const TypeBindings& bindings) {
  if (pattern->is(TypeKind::TypeVar)) {
    for (const auto& [name, bound] : bindings)
      if (name == pattern->dtype_) return bound;
    return nullptr;
  }
  if (!is_generic(pattern)) return pattern;
  std::vector<TypeRef> elements;
  for (TypeRef element : pattern->elements_) {
    TypeRef replaced = substitute(types, element, bindings);
    if (!replaced) return nullptr;
    elements.push_back(replaced);
  }
  switch (pattern->kind_) {
    case TypeKind::List:
      return types.list(elements[0]);
    case TypeKind::Set:
      return types.set(elements[0]);
    case TypeKind::Dict:
      return types.dict(elements[0], elements[1]);
    case TypeKind::Iterator:
    case TypeKind::Iterable:  // a result spelled Iterable[T] is an iterator of T
      return types.iterator(elements[0]);
    case TypeKind::Tuple:
      return types.tuple(std::move(elements));
    case TypeKind::Optional:
      return types.optional(elements[0]);
    case TypeKind::Callable:
      return types.callable(std::move(elements));
    case TypeKind::Unknown:
    case TypeKind::None:
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Complex:
    case TypeKind::NDArray:
    case TypeKind::NumpyScalar:
    case TypeKind::Str:
    case TypeKind::TypeVar:
    case TypeKind::Union:
    case TypeKind::FunctionRef:
    case TypeKind::Dtype:
    case TypeKind::Exception:
      return pattern;
  }
  return pattern;
}

}  // namespace pycxx
