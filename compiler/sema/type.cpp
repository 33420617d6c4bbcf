// Interning and spelling of sema's types, and Python's numeric promotion rules.
// Neighbours: type.hpp (the interface), type_kind.def (the kinds).
#include "compiler/sema/type.hpp"

#include <algorithm>

namespace pycxx {

bool Type::is_number() const { return numeric_rank(this) != 0; }

char Type::number_kind() const {
  switch (numeric_rank(this)) {
    case 1:
      return 'b';
    case 2:
      return kind_ == TypeKind::NumpyScalar ? find_dtype(dtype_)->kind_ : 'i';
    case 3:
      return 'f';
    case 4:
      return 'c';
    default:
      return 0;
  }
}

TypeContext::TypeContext() {
  unknown_ = intern(TypeKind::Unknown, {});
  none_ = intern(TypeKind::None, {});
  bool_ = intern(TypeKind::Bool, {});
  int_ = intern(TypeKind::Int, {});
  float_ = intern(TypeKind::Float, {});
  complex_ = intern(TypeKind::Complex, {});
  str_ = intern(TypeKind::Str, {});
}

TypeRef TypeContext::tuple(std::vector<TypeRef> elements) { return intern(TypeKind::Tuple, std::move(elements)); }

TypeRef TypeContext::ndarray(std::string_view dtype, int rank) { return intern(TypeKind::NDArray, {}, dtype, rank); }

TypeRef TypeContext::union_of(const std::vector<TypeRef>& alternatives) {
  std::vector<TypeRef> flat;
  for (TypeRef type : alternatives) {
    std::vector<TypeRef> inner = type->is(TypeKind::Union) ? type->elements_ : std::vector<TypeRef>{type};
    for (TypeRef t : inner)
      if (std::find(flat.begin(), flat.end(), t) == flat.end()) flat.push_back(t);
  }
  if (flat.size() == 1) return flat.front();
  return intern(TypeKind::Union, std::move(flat));
}

std::vector<TypeRef> alternatives(TypeContext& types, TypeRef annotation) {
  std::vector<TypeRef> out;
  std::vector<TypeRef> inner = annotation->is(TypeKind::Union) ? annotation->elements_ : std::vector<TypeRef>{annotation};
  for (TypeRef type : inner) {
    if (type->is(TypeKind::NDArray) && type->rank_ == 0) {
      for (int rank = 1; rank <= 4; ++rank) out.push_back(types.ndarray(type->dtype_, rank));
    } else {
      out.push_back(type);
    }
  }
  return out;
}
TypeRef TypeContext::exception() { return intern(TypeKind::Exception, {}); }

TypeRef TypeContext::numpy_scalar(std::string_view dtype) { return intern(TypeKind::NumpyScalar, {}, dtype); }

TypeRef TypeContext::intern(TypeKind kind, std::vector<TypeRef> elements, std::string_view dtype, int rank) {
  for (const auto& type : types_)
    if (type->kind_ == kind && type->elements_ == elements && type->dtype_ == dtype && type->rank_ == rank)
      return type.get();
  types_.push_back(std::make_unique<Type>(Type{kind, std::move(elements), std::string(dtype), rank}));
  return types_.back().get();
}

const DtypeInfo* find_dtype(std::string_view name) {
  // The runtime's table is the one list of dtypes: the compiler reads the same rows.
  static const DtypeInfo dtypes[] = {
#define PYCXX_DTYPE(Name, CType, Kind, Npy) {#Name, #CType, #Kind[0]},
#include "runtime/pycxx/array/dtype.def"
  };
  for (const DtypeInfo& info : dtypes)
    if (info.name_ == name) return &info;
  return nullptr;
}

TypeRef element_type(TypeContext& types, std::string_view dtype) {
  if (!find_dtype(dtype)) return nullptr;
  return types.numpy_scalar(dtype);
}

TypeRef python_scalar_of(TypeContext& types, TypeRef number) {
  switch (number->number_kind()) {
    case 'b':
      return types.boolean();
    case 'i':
    case 'u':
      return types.integer();
    case 'f':
      return types.floating();
    case 'c':
      return types.complex();
    default:
      return number;
  }
}

std::string_view type_kind_spelling(TypeKind kind) {
  switch (kind) {
#define PYCXX_TYPE(Name, Spelling) \
  case TypeKind::Name:             \
    return Spelling;
#include "compiler/sema/type_kind.def"
  }
  return "?";
}

std::string scalar_dtype(TypeRef number) {
  if (number->is(TypeKind::NumpyScalar)) return number->dtype_;
  switch (number->number_kind()) {
    case 'b':
      return "bool";
    case 'i':
      return "int64";
    case 'f':
      return "float64";
    default:
      return "complex128";
  }
}

TypeRef join_scalars(TypeContext& types, TypeRef a, TypeRef b) {
  if (a == b) return a;
  if (b->is(TypeKind::NumpyScalar)) std::swap(a, b);
  if (!a->is(TypeKind::NumpyScalar) || !b->is_number() || b->is(TypeKind::NumpyScalar)) return nullptr;
  return scalar_dtype(b) == a->dtype_ ? a : nullptr;
}

std::string numpy_operand_dtype(TypeRef a, TypeRef b) {
  if (a->is(TypeKind::NumpyScalar) && b->is(TypeKind::NumpyScalar)) return promote_dtypes(a->dtype_, b->dtype_);
  if (a->is(TypeKind::NumpyScalar)) return weak_promote(a->dtype_, b);
  return weak_promote(b->dtype_, a);
}

std::string type_name(TypeRef type) {
  // numpy 2 spells its bool scalar type numpy.bool (np.bool_ is an alias).
  if (type->is(TypeKind::NumpyScalar)) return "numpy." + type->dtype_;
  if (type->is(TypeKind::Dtype)) return "numpy.dtype[numpy." + type->dtype_ + "]";
  if (type->is(TypeKind::Union)) {
    std::string text;
    for (TypeRef alternative : type->elements_) text += (text.empty() ? "" : " | ") + type_name(alternative);
    return text;
  }
  if (type->is(TypeKind::NDArray) && type->rank_ == 0)
    return "numpy.ndarray[tuple[int, ...], numpy.dtype[numpy." + type->dtype_ + "]]";
  if (type->is(TypeKind::NDArray)) {
    std::string shape = "tuple[";
    for (int i = 0; i < type->rank_; ++i) shape += i ? ", int" : "int";
    return "numpy.ndarray[" + shape + "], numpy.dtype[numpy." + type->dtype_ + "]]";
  }
  auto items = [&](std::string head) {
    for (std::size_t i = 0; i < type->elements_.size(); ++i) head += (i ? ", " : "") + type_name(type->elements_[i]);
    return head + "]";
  };
  if (type->is(TypeKind::List)) return items("list[");
  if (type->is(TypeKind::Dict)) return items("dict[");
  if (type->is(TypeKind::Set)) return items("set[");
  if (type->is(TypeKind::Iterator)) return items("Iterator[");
  if (type->is(TypeKind::Iterable)) return items("Iterable[");
  if (type->is(TypeKind::TypeVar)) return type->dtype_;
  if (type->is(TypeKind::Optional)) return type_name(type->elements_[0]) + " | None";
  if (type->is(TypeKind::FunctionRef)) return "function '" + type->dtype_ + "'";
  if (type->is(TypeKind::Callable)) {
    if (type->elements_.empty()) return "function";
    std::string params;
    for (std::size_t i = 0; i + 1 < type->elements_.size(); ++i) params += (i ? ", " : "") + type_name(type->elements_[i]);
    return "Callable[[" + params + "], " + type_name(type->elements_.back()) + "]";
  }
  if (type->is(TypeKind::Tuple)) {
    if (type->elements_.empty()) return "tuple[()]";
    std::string text = "tuple[";
    for (std::size_t i = 0; i < type->elements_.size(); ++i) {
      if (i) text += ", ";
      text += type_name(type->elements_[i]);
    }
    return text + "]";
  }
  switch (type->kind_) {
#define PYCXX_TYPE(Name, Spelling) \
  case TypeKind::Name:             \
    return Spelling;
#include "compiler/sema/type_kind.def"
  }
  return "?";
}

int numeric_rank(TypeRef type) {
  switch (type->kind_) {
    case TypeKind::Bool:
      return 1;
    case TypeKind::Int:
      return 2;
    case TypeKind::Float:
      return 3;
    case TypeKind::Complex:
      return 4;
    case TypeKind::NumpyScalar: {
      char kind = find_dtype(type->dtype_)->kind_;
      return kind == 'b' ? 1 : kind == 'f' ? 3 : kind == 'c' ? 4 : 2;
    }
    case TypeKind::Unknown:
    case TypeKind::None:
    case TypeKind::Tuple:
    case TypeKind::NDArray:
    case TypeKind::Str:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Set:
    case TypeKind::Iterator:
    case TypeKind::Callable:
    case TypeKind::TypeVar:
    case TypeKind::Iterable:
    case TypeKind::Union:
    case TypeKind::Optional:
    case TypeKind::FunctionRef:
    case TypeKind::Dtype:
    case TypeKind::Exception:
      return 0;
  }
  return 0;
}

TypeRef promote(TypeContext& types, TypeRef a, TypeRef b) {
  int rank = std::max(numeric_rank(a), numeric_rank(b));
  if (numeric_rank(a) == 0 || numeric_rank(b) == 0) return nullptr;
  // bool + bool is an int in Python: arithmetic never answers with a bool.
  switch (rank) {
    case 1:
    case 2:
      return types.integer();
    case 3:
      return types.floating();
    default:
      return types.complex();
  }
}

bool implicitly_converts(TypeRef from, TypeRef to) {
  if (from == to) return true;
  if (to->is(TypeKind::Optional)) return from->is(TypeKind::None) || implicitly_converts(from, to->elements_[0]);
  if (to->is(TypeKind::Union)) {
    for (TypeRef alternative : to->elements_)
      if (implicitly_converts(from, alternative)) return true;
    return false;
  }
  if (to->is(TypeKind::NDArray) && to->rank_ == 0) return from->is(TypeKind::NDArray) && from->dtype_ == to->dtype_;
  if (from->is(TypeKind::Tuple) && to->is(TypeKind::Tuple)) {
    if (from->elements_.size() != to->elements_.size()) return false;
    for (std::size_t i = 0; i < from->elements_.size(); ++i)
      if (!implicitly_converts(from->elements_[i], to->elements_[i])) return false;
    return true;
  }
  // bool -> int -> float -> complex; never towards bool (an int is not a bool), except
  // between Python's bool and numpy.bool.
  if (numeric_rank(from) == 1 && numeric_rank(to) == 1) return true;
  return numeric_rank(from) != 0 && numeric_rank(to) >= 2 && numeric_rank(from) <= numeric_rank(to);
}

TypeRef item_type(TypeContext& types, TypeRef type) {
  switch (type->kind_) {
    case TypeKind::Str:
      return types.str();
    case TypeKind::List:
    case TypeKind::Set:
    case TypeKind::Dict:
    case TypeKind::Iterator:
      return type->elements_[0];
    case TypeKind::NDArray:
      return type->rank_ == 1 ? element_type(types, type->dtype_) : types.ndarray(type->dtype_, type->rank_ - 1);
    case TypeKind::Tuple:
      // A tuple is iterable when its items have one type (tuple[int, int]).
      for (TypeRef element : type->elements_)
        if (element != type->elements_.front()) return nullptr;
      return type->elements_.empty() ? nullptr : type->elements_.front();
    case TypeKind::Unknown:
      return type;
    case TypeKind::None:
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Complex:
    case TypeKind::NumpyScalar:
    case TypeKind::Callable:
    case TypeKind::TypeVar:
    case TypeKind::Iterable:
    case TypeKind::Union:
    case TypeKind::Optional:
    case TypeKind::FunctionRef:
    case TypeKind::Dtype:
    case TypeKind::Exception:
      return nullptr;
  }
  return nullptr;
}

bool is_mutable_container(TypeRef type) {
  return type->is(TypeKind::List) || type->is(TypeKind::Dict) || type->is(TypeKind::Set);
}

bool contains_unknown(TypeRef type) {
  if (type->is(TypeKind::Unknown)) return true;
  for (TypeRef element : type->elements_)
    if (contains_unknown(element)) return true;
  return false;
}

}  // namespace pycxx
