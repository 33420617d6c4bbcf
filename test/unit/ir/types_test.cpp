// Sema's types: interning, spelling, Python's promotion; inference results of small functions
// (specialisations per argument types, recursion by fixpoint).
#include <catch2/catch.hpp>

#include "lowered.hpp"

using namespace pycxx;

TEST_CASE("types are interned and spelled as Python writes them") {
  TypeContext types;
  TypeRef pair = types.tuple({types.integer(), types.floating()});
  CHECK(pair == types.tuple({types.integer(), types.floating()}));
  CHECK(type_name(pair) == "tuple[int, float]");
  CHECK(type_name(types.tuple({})) == "tuple[()]");
  CHECK(promote(types, types.boolean(), types.boolean()) == types.integer());
  CHECK(promote(types, types.integer(), types.floating()) == types.floating());
  CHECK(promote(types, types.floating(), types.complex()) == types.complex());
  CHECK(promote(types, types.none(), types.integer()) == nullptr);
  CHECK(implicitly_converts(types.integer(), types.floating()));
  CHECK_FALSE(implicitly_converts(types.integer(), types.boolean()));
  CHECK(type_from_spelling(types, "tuple[float, int]") == types.tuple({types.floating(), types.integer()}));
}

TEST_CASE("an internal function gets one specialisation per argument types") {
  test::Lowered m(
      "def _twice(x):\n    return x + x\n\n"
      "def f(a: int, b: float) -> float:\n    return _twice(a) + _twice(b) + _twice(a)\n");
  REQUIRE_FALSE(m.diagnostics.has_errors());
  REQUIRE(m.sema->specializations_.size() == 3);
  CHECK(m.sema->specializations_[1]->cpp_name_ == "_twice__0");
  CHECK(type_name(m.sema->specializations_[1]->return_type_) == "int");
  CHECK(type_name(m.sema->specializations_[2]->return_type_) == "float");
}

TEST_CASE("a recursive internal function's return type is found by fixpoint") {
  test::Lowered m(
      "def _count(n):\n    if n <= 0:\n        return 0\n    return _count(n - 1) + 1\n\n"
      "def f(n: int) -> int:\n    return _count(n)\n");
  REQUIRE_FALSE(m.diagnostics.has_errors());
  CHECK(type_name(m.sema->specializations_[1]->return_type_) == "int");
}

TEST_CASE("a local keeps one type: the second assignment is reported with a note on the first") {
  test::Lowered m("def f(n: int) -> int:\n    x = 1\n    x = 2.0\n    return n\n");
  REQUIRE(m.diagnostics.diagnostics().size() == 1);
  const Diagnostic& d = m.diagnostics.diagnostics()[0];
  CHECK(d.kind == DiagnosticKind::IncompatibleAssignment);
  CHECK(d.range.begin.line == 3);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range.begin.line == 2);
}

TEST_CASE("array types carry a dtype and a rank, and promote as numpy 2 does") {
  TypeContext types;
  TypeRef matrix = types.ndarray("float64", 2);
  CHECK(matrix == types.ndarray("float64", 2));
  CHECK(matrix != types.ndarray("float32", 2));
  CHECK(matrix != types.ndarray("float64", 1));
  CHECK(type_name(matrix) == "numpy.ndarray[tuple[int, int], numpy.dtype[numpy.float64]]");
  CHECK(type_from_spelling(types, "ndarray[int64, 1]") == types.ndarray("int64", 1));
  CHECK(element_type(types, "int32") == types.numpy_scalar("int32"));  // a[i] is a numpy scalar
  CHECK(element_type(types, "complex64") == types.numpy_scalar("complex64"));
  CHECK(element_type(types, "float16") == nullptr);  // not a dtype of the runtime's table
  // Every pair of dtypes, as numpy.promote_types answers (generated with numpy 2.4).
  struct Pair {
    const char* a;
    const char* b;
    const char* promoted;
  };
  const Pair pairs[] = {
      {"bool", "bool", "bool"},
      {"bool", "int8", "int8"},
      {"bool", "int16", "int16"},
      {"bool", "int32", "int32"},
      {"bool", "int64", "int64"},
      {"bool", "uint8", "uint8"},
      {"bool", "uint16", "uint16"},
      {"bool", "uint32", "uint32"},
      {"bool", "uint64", "uint64"},
      {"bool", "float32", "float32"},
      {"bool", "float64", "float64"},
      {"bool", "complex64", "complex64"},
      {"bool", "complex128", "complex128"},
      {"int8", "bool", "int8"},
      {"int8", "int8", "int8"},
      {"int8", "int16", "int16"},
      {"int8", "int32", "int32"},
      {"int8", "int64", "int64"},
      {"int8", "uint8", "int16"},
      {"int8", "uint16", "int32"},
      {"int8", "uint32", "int64"},
      {"int8", "uint64", "float64"},
      {"int8", "float32", "float32"},
      {"int8", "float64", "float64"},
      {"int8", "complex64", "complex64"},
      {"int8", "complex128", "complex128"},
      {"int16", "bool", "int16"},
      {"int16", "int8", "int16"},
      {"int16", "int16", "int16"},
      {"int16", "int32", "int32"},
      {"int16", "int64", "int64"},
      {"int16", "uint8", "int16"},
      {"int16", "uint16", "int32"},
      {"int16", "uint32", "int64"},
      {"int16", "uint64", "float64"},
      {"int16", "float32", "float32"},
      {"int16", "float64", "float64"},
      {"int16", "complex64", "complex64"},
      {"int16", "complex128", "complex128"},
      {"int32", "bool", "int32"},
      {"int32", "int8", "int32"},
      {"int32", "int16", "int32"},
      {"int32", "int32", "int32"},
      {"int32", "int64", "int64"},
      {"int32", "uint8", "int32"},
      {"int32", "uint16", "int32"},
      {"int32", "uint32", "int64"},
      {"int32", "uint64", "float64"},
      {"int32", "float32", "float64"},
      {"int32", "float64", "float64"},
      {"int32", "complex64", "complex128"},
      {"int32", "complex128", "complex128"},
      {"int64", "bool", "int64"},
      {"int64", "int8", "int64"},
      {"int64", "int16", "int64"},
      {"int64", "int32", "int64"},
      {"int64", "int64", "int64"},
      {"int64", "uint8", "int64"},
      {"int64", "uint16", "int64"},
      {"int64", "uint32", "int64"},
      {"int64", "uint64", "float64"},
      {"int64", "float32", "float64"},
      {"int64", "float64", "float64"},
      {"int64", "complex64", "complex128"},
      {"int64", "complex128", "complex128"},
      {"uint8", "bool", "uint8"},
      {"uint8", "int8", "int16"},
      {"uint8", "int16", "int16"},
      {"uint8", "int32", "int32"},
      {"uint8", "int64", "int64"},
      {"uint8", "uint8", "uint8"},
      {"uint8", "uint16", "uint16"},
      {"uint8", "uint32", "uint32"},
      {"uint8", "uint64", "uint64"},
      {"uint8", "float32", "float32"},
      {"uint8", "float64", "float64"},
      {"uint8", "complex64", "complex64"},
      {"uint8", "complex128", "complex128"},
      {"uint16", "bool", "uint16"},
      {"uint16", "int8", "int32"},
      {"uint16", "int16", "int32"},
      {"uint16", "int32", "int32"},
      {"uint16", "int64", "int64"},
      {"uint16", "uint8", "uint16"},
      {"uint16", "uint16", "uint16"},
      {"uint16", "uint32", "uint32"},
      {"uint16", "uint64", "uint64"},
      {"uint16", "float32", "float32"},
      {"uint16", "float64", "float64"},
      {"uint16", "complex64", "complex64"},
      {"uint16", "complex128", "complex128"},
      {"uint32", "bool", "uint32"},
      {"uint32", "int8", "int64"},
      {"uint32", "int16", "int64"},
      {"uint32", "int32", "int64"},
      {"uint32", "int64", "int64"},
      {"uint32", "uint8", "uint32"},
      {"uint32", "uint16", "uint32"},
      {"uint32", "uint32", "uint32"},
      {"uint32", "uint64", "uint64"},
      {"uint32", "float32", "float64"},
      {"uint32", "float64", "float64"},
      {"uint32", "complex64", "complex128"},
      {"uint32", "complex128", "complex128"},
      {"uint64", "bool", "uint64"},
      {"uint64", "int8", "float64"},
      {"uint64", "int16", "float64"},
      {"uint64", "int32", "float64"},
      {"uint64", "int64", "float64"},
      {"uint64", "uint8", "uint64"},
      {"uint64", "uint16", "uint64"},
      {"uint64", "uint32", "uint64"},
      {"uint64", "uint64", "uint64"},
      {"uint64", "float32", "float64"},
      {"uint64", "float64", "float64"},
      {"uint64", "complex64", "complex128"},
      {"uint64", "complex128", "complex128"},
      {"float32", "bool", "float32"},
      {"float32", "int8", "float32"},
      {"float32", "int16", "float32"},
      {"float32", "int32", "float64"},
      {"float32", "int64", "float64"},
      {"float32", "uint8", "float32"},
      {"float32", "uint16", "float32"},
      {"float32", "uint32", "float64"},
      {"float32", "uint64", "float64"},
      {"float32", "float32", "float32"},
      {"float32", "float64", "float64"},
      {"float32", "complex64", "complex64"},
      {"float32", "complex128", "complex128"},
      {"float64", "bool", "float64"},
      {"float64", "int8", "float64"},
      {"float64", "int16", "float64"},
      {"float64", "int32", "float64"},
      {"float64", "int64", "float64"},
      {"float64", "uint8", "float64"},
      {"float64", "uint16", "float64"},
      {"float64", "uint32", "float64"},
      {"float64", "uint64", "float64"},
      {"float64", "float32", "float64"},
      {"float64", "float64", "float64"},
      {"float64", "complex64", "complex128"},
      {"float64", "complex128", "complex128"},
      {"complex64", "bool", "complex64"},
      {"complex64", "int8", "complex64"},
      {"complex64", "int16", "complex64"},
      {"complex64", "int32", "complex128"},
      {"complex64", "int64", "complex128"},
      {"complex64", "uint8", "complex64"},
      {"complex64", "uint16", "complex64"},
      {"complex64", "uint32", "complex128"},
      {"complex64", "uint64", "complex128"},
      {"complex64", "float32", "complex64"},
      {"complex64", "float64", "complex128"},
      {"complex64", "complex64", "complex64"},
      {"complex64", "complex128", "complex128"},
      {"complex128", "bool", "complex128"},
      {"complex128", "int8", "complex128"},
      {"complex128", "int16", "complex128"},
      {"complex128", "int32", "complex128"},
      {"complex128", "int64", "complex128"},
      {"complex128", "uint8", "complex128"},
      {"complex128", "uint16", "complex128"},
      {"complex128", "uint32", "complex128"},
      {"complex128", "uint64", "complex128"},
      {"complex128", "float32", "complex128"},
      {"complex128", "float64", "complex128"},
      {"complex128", "complex64", "complex128"},
      {"complex128", "complex128", "complex128"}
};
  for (const Pair& p : pairs) {
    INFO(p.a << " + " << p.b);
    CHECK(promote_dtypes(p.a, p.b) == p.promoted);
  }
  // NEP 50: a Python scalar is weak (numpy: (np.zeros(1, dtype) + scalar).dtype).
  struct Weak {
    const char* array;
    TypeRef scalar;
    const char* promoted;
  };
  const Weak weak[] = {
      {"bool", types.boolean(), "bool"},
      {"bool", types.integer(), "int64"},
      {"bool", types.floating(), "float64"},
      {"bool", types.complex(), "complex128"},
      {"int8", types.boolean(), "int8"},
      {"int8", types.integer(), "int8"},
      {"int8", types.floating(), "float64"},
      {"int8", types.complex(), "complex128"},
      {"int16", types.boolean(), "int16"},
      {"int16", types.integer(), "int16"},
      {"int16", types.floating(), "float64"},
      {"int16", types.complex(), "complex128"},
      {"int32", types.boolean(), "int32"},
      {"int32", types.integer(), "int32"},
      {"int32", types.floating(), "float64"},
      {"int32", types.complex(), "complex128"},
      {"int64", types.boolean(), "int64"},
      {"int64", types.integer(), "int64"},
      {"int64", types.floating(), "float64"},
      {"int64", types.complex(), "complex128"},
      {"uint8", types.boolean(), "uint8"},
      {"uint8", types.integer(), "uint8"},
      {"uint8", types.floating(), "float64"},
      {"uint8", types.complex(), "complex128"},
      {"uint16", types.boolean(), "uint16"},
      {"uint16", types.integer(), "uint16"},
      {"uint16", types.floating(), "float64"},
      {"uint16", types.complex(), "complex128"},
      {"uint32", types.boolean(), "uint32"},
      {"uint32", types.integer(), "uint32"},
      {"uint32", types.floating(), "float64"},
      {"uint32", types.complex(), "complex128"},
      {"uint64", types.boolean(), "uint64"},
      {"uint64", types.integer(), "uint64"},
      {"uint64", types.floating(), "float64"},
      {"uint64", types.complex(), "complex128"},
      {"float32", types.boolean(), "float32"},
      {"float32", types.integer(), "float32"},
      {"float32", types.floating(), "float32"},
      {"float32", types.complex(), "complex64"},
      {"float64", types.boolean(), "float64"},
      {"float64", types.integer(), "float64"},
      {"float64", types.floating(), "float64"},
      {"float64", types.complex(), "complex128"},
      {"complex64", types.boolean(), "complex64"},
      {"complex64", types.integer(), "complex64"},
      {"complex64", types.floating(), "complex64"},
      {"complex64", types.complex(), "complex64"},
      {"complex128", types.boolean(), "complex128"},
      {"complex128", types.integer(), "complex128"},
      {"complex128", types.floating(), "complex128"},
      {"complex128", types.complex(), "complex128"}
};
  for (const Weak& w : weak) {
    INFO(w.array << " with " << type_name(w.scalar));
    CHECK(weak_promote(w.array, w.scalar) == w.promoted);
  }
}

TEST_CASE("numpy scalars: spelled as numpy, numbers of their kind, joined with Python scalars of their machine type") {
  TypeContext types;
  TypeRef f64 = types.numpy_scalar("float64");
  TypeRef f32 = types.numpy_scalar("float32");
  TypeRef i8 = types.numpy_scalar("int8");
  TypeRef b = types.numpy_scalar("bool");
  CHECK(f64 == types.numpy_scalar("float64"));
  CHECK(type_name(f32) == "numpy.float32");
  CHECK(type_name(b) == "numpy.bool");
  CHECK(f64->is_number());
  CHECK(numeric_rank(i8) == 2);
  CHECK(numeric_rank(b) == 1);
  CHECK(python_scalar_of(types, f32) == types.floating());
  CHECK(python_scalar_of(types, types.integer()) == types.integer());
  // float and numpy.float64 are one machine type: a variable holding both is a numpy.float64.
  CHECK(join_scalars(types, types.floating(), f64) == f64);
  CHECK(join_scalars(types, f64, types.floating()) == f64);
  CHECK(join_scalars(types, types.integer(), types.numpy_scalar("int64")) == types.numpy_scalar("int64"));
  CHECK(join_scalars(types, types.boolean(), b) == b);
  CHECK(join_scalars(types, types.floating(), f32) == nullptr);  // float32 would round the Python float
  CHECK(join_scalars(types, types.integer(), i8) == nullptr);
  CHECK(join_scalars(types, f32, f64) == nullptr);
  // NEP 50: a Python scalar is weak against a numpy scalar, numpy scalars promote strongly.
  CHECK(numpy_operand_dtype(f32, types.floating()) == "float32");
  CHECK(numpy_operand_dtype(types.integer(), i8) == "int8");
  CHECK(numpy_operand_dtype(i8, types.floating()) == "float64");
  CHECK(numpy_operand_dtype(f32, f64) == "float64");
  CHECK(numpy_operand_dtype(types.numpy_scalar("int32"), f32) == "float64");
  CHECK(numpy_operand_dtype(b, types.integer()) == "int64");
  // A numpy scalar passes where its Python kind (or a wider one) is expected, and back.
  CHECK(implicitly_converts(f32, types.floating()));
  CHECK(implicitly_converts(types.floating(), f32));
  CHECK(implicitly_converts(b, types.boolean()));
  CHECK(!implicitly_converts(f64, types.integer()));
}
