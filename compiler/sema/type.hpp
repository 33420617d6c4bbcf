// The types sema gives every expression: interned, compared by pointer. A Type is a kind
// (type_kind.def) plus its parameters (tuple items now; dtype and rank for ndarray, item
// types for list/dict/set, signatures for functions later). Neighbours: type.cpp
// (spelling, promotion), emit/cpp_type.cpp (the C++ spelling of each type).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pycxx {

enum class TypeKind : std::uint8_t {
#define PYCXX_TYPE(Name, Spelling) Name,
#include "compiler/sema/type_kind.def"
};

struct Type;
using TypeRef = const Type*;

struct Type {
  TypeKind kind_;
  std::vector<TypeRef> elements_;  // Tuple: item types; List/Set/Iterator/Iterable: the item; Dict: key, value;
                                   // Callable: parameters then result
  std::string dtype_;              // NDArray, NumpyScalar: numpy's dtype name (float64, int32, ...); TypeVar: its name
  int rank_ = 0;                   // NDArray: the number of dimensions

  bool is(TypeKind kind) const { return kind_ == kind; }
  // bool, int, float, complex and numpy scalars: the types Python's numeric promotion orders.
  bool is_number() const;
  // The numpy kind letter of a number: b bool, i/u ints, f float, c complex (a Python int is 'i').
  char number_kind() const;
};

// Owns every type of one compilation; the same structure is always the same pointer, so
// types compare with ==. One per compile_module call (the driver compiles in parallel).
class TypeContext {
 public:
  TypeContext();
  TypeRef unknown() const { return unknown_; }
  TypeRef none() const { return none_; }
  TypeRef boolean() const { return bool_; }
  TypeRef integer() const { return int_; }
  TypeRef floating() const { return float_; }
  TypeRef complex() const { return complex_; }
  TypeRef str() const { return str_; }
  TypeRef tuple(std::vector<TypeRef> elements);
  TypeRef list(TypeRef item) { return intern(TypeKind::List, {item}); }
  TypeRef dict(TypeRef key, TypeRef value) { return intern(TypeKind::Dict, {key, value}); }
  TypeRef set(TypeRef item) { return intern(TypeKind::Set, {item}); }
  TypeRef iterator(TypeRef item) { return intern(TypeKind::Iterator, {item}); }
  TypeRef iterable(TypeRef item) { return intern(TypeKind::Iterable, {item}); }
  // Parameters then the result; callable({}) is a lambda or function not typed yet.
  TypeRef callable(std::vector<TypeRef> params_then_result) { return intern(TypeKind::Callable, std::move(params_then_result)); }
  // `T | None` as a value (T is not None, Unknown or itself optional: see join_optional).
  TypeRef optional(TypeRef item) { return intern(TypeKind::Optional, {item}); }
  TypeRef type_var(std::string_view name) { return intern(TypeKind::TypeVar, {}, name); }
  TypeRef function_ref(std::string_view name) { return intern(TypeKind::FunctionRef, {}, name); }
  TypeRef dtype_value(std::string_view dtype) { return intern(TypeKind::Dtype, {}, dtype); }
  // `A | B` of annotations: nested unions flattened, duplicates dropped; one alternative is itself.
  TypeRef union_of(const std::vector<TypeRef>& alternatives);
  // ndarray of a dtype (a name of runtime/pycxx/array/dtype.def) and a rank >= 1.
  TypeRef ndarray(std::string_view dtype, int rank);
  // The value `except ... as e` binds (its class is known at run time only).
  TypeRef exception();
  // A numpy scalar of a dtype (numpy.float64, what a[i] of a float64 array reads as).
  TypeRef numpy_scalar(std::string_view dtype);

 private:
  TypeRef intern(TypeKind kind, std::vector<TypeRef> elements, std::string_view dtype = {}, int rank = 0);
  std::vector<std::unique_ptr<Type>> types_;
  TypeRef unknown_, none_, bool_, int_, float_, complex_, str_;
};

// The kind's own spelling (type_kind.def): "list" for every list type.
std::string_view type_kind_spelling(TypeKind kind);
// The Python spelling: 'int', 'tuple[int, float]' (diagnostics, .pyi stubs).
std::string type_name(TypeRef type);
// Python's numeric tower: bool < int < float < complex; 0 for non-numbers.
int numeric_rank(TypeRef type);
// The wider of two numeric types (Python's promotion for arithmetic); null if either is not a number.
TypeRef promote(TypeContext& types, TypeRef a, TypeRef b);
// Whether a value of `from` may be passed where `to` is expected, converting implicitly as
// Python's numeric tower allows at an annotated parameter (int -> float, float -> complex).
bool implicitly_converts(TypeRef from, TypeRef to);
// The type a shim's parameter or result spelling names ("int", "tuple[float, int]"); null if
// none (annotation.cpp).
TypeRef type_from_spelling(TypeContext& types, std::string_view spelling);
// numpy's dtypes as the runtime's dtype.def lists them: the name, the C++ element type and the
// kind letter (b bool, i signed, u unsigned, f float, c complex). Null when not a dtype.
struct DtypeInfo {
  std::string_view name_;
  std::string_view cpp_type_;
  char kind_;
};
const DtypeInfo* find_dtype(std::string_view name);
// numpy's scalar type names as dtypes (annotation.cpp): float64 -> float64, bool_ -> bool,
// double -> float64 (numpy's C-name aliases); empty when not a numpy scalar type.
std::string_view dtype_named(std::string_view name);
// infer_dtype.cpp: what a dtype's attributes (.name, .kind, .char, .itemsize) read, as text;
// its repr ("dtype('float64')") and element size in bytes.
std::string dtype_attribute_value(std::string_view dtype, std::string_view attr);
std::string dtype_repr(std::string_view dtype);
int dtype_itemsize(std::string_view dtype);
// The type an element of an array of `dtype` reads as: the numpy scalar of that dtype.
TypeRef element_type(TypeContext& types, std::string_view dtype);
// The Python scalar of a number's kind (numpy.float32 -> float, numpy.int8 -> int); Python
// scalars are their own.
TypeRef python_scalar_of(TypeContext& types, TypeRef number);
// The dtype numpy gives a number as a strong operand (float -> float64, numpy.int8 -> int8).
std::string scalar_dtype(TypeRef number);
// The type a variable (or a return, or the branches of `x if c else y`) holding both `a` and
// `b` has: a Python scalar and the numpy scalar of the same machine type (float and
// numpy.float64, int and numpy.int64, bool and numpy.bool, complex and numpy.complex128) join
// as the numpy scalar, since CPython's value becomes the numpy one at the first operation
// with it (docs/semantics.md, "numpy scalars"). Null when they do not join.
TypeRef join_scalars(TypeContext& types, TypeRef a, TypeRef b);
// The type a variable or a return holding both `a` and `b` has when one is None (or already
// optional) and the other is a value: `T | None`. Null when they do not join so (infer_optional.cpp).
TypeRef join_optional(TypeContext& types, TypeRef a, TypeRef b);
// An annotation of a local or a return as a value's type: `T | None` is Optional[T].
TypeRef value_type_of(TypeContext& types, TypeRef annotation);
// join_scalars, else join_optional: the one rule for "a variable keeps one type".
TypeRef join_types(TypeContext& types, TypeRef a, TypeRef b);
// numpy 2's result type of `a OP b` on scalars where one operand is a numpy scalar (NEP 50:
// a Python scalar is weak); the operator's own rule is applied by the caller (infer_operator.cpp).
std::string numpy_operand_dtype(TypeRef a, TypeRef b);
// numpy 2's promotion of two array dtypes, and of an array dtype with a weak Python scalar
// (NEP 50) (infer_array_operator.cpp).
std::string promote_dtypes(std::string_view a, std::string_view b);
std::string weak_promote(std::string_view array, TypeRef scalar);
// Whether the type contains Unknown anywhere (a fixpoint not finished yet).
bool contains_unknown(TypeRef type);
// What iterating a value of the type gives (list[T] -> T, str -> str, dict[K, V] -> K, a 1-d
// array -> its element, a tuple of one item type -> it); null when it is not iterable.
TypeRef item_type(TypeContext& types, TypeRef type);
// Generic shim signatures (generic.cpp): whether `actual` fits `pattern` (which may hold
// TypeVar and Iterable), binding type variables in `bindings`; and a pattern with its
// variables replaced (null when one is unbound).
using TypeBindings = std::vector<std::pair<std::string, TypeRef>>;
bool match_type(TypeContext& types, TypeRef pattern, TypeRef actual, TypeBindings& bindings);
TypeRef substitute(TypeContext& types, TypeRef pattern, const TypeBindings& bindings);
bool is_generic(TypeRef type);
// The concrete types an annotation stands for: the alternatives of a union, ranks 1 to 4 of an
// ndarray annotation without a rank, else the type itself.
std::vector<TypeRef> alternatives(TypeContext& types, TypeRef annotation);
// Whether values of the type are Python objects with identity (list, dict, set): a mutation
// through one name is seen through every other.
bool is_mutable_container(TypeRef type);

}  // namespace pycxx
