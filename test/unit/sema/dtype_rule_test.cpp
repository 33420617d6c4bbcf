// apply_dtype_rule (compiler/sema/dtype_rule.hpp): each dtype rule's answer is numpy 2's
// (checked against numpy: np.sqrt(float32 array) is float32, np.mean of an int array is
// float64, ...), with float32 where numpy answers float16, which pycxx lacks.
#include <catch2/catch.hpp>

#include "compiler/sema/dtype_rule.hpp"

using pycxx::apply_dtype_rule;
using R = pycxx::shims::DtypeRule;

TEST_CASE("FloatOf: floats and complex keep theirs, small ints float32, wider ints float64") {
  CHECK(apply_dtype_rule(R::FloatOf, "float32") == "float32");  // np.sqrt(float32 array)
  CHECK(apply_dtype_rule(R::FloatOf, "float64") == "float64");
  CHECK(apply_dtype_rule(R::FloatOf, "complex64") == "complex64");
  CHECK(apply_dtype_rule(R::FloatOf, "int16") == "float32");
  CHECK(apply_dtype_rule(R::FloatOf, "uint16") == "float32");
  CHECK(apply_dtype_rule(R::FloatOf, "int32") == "float64");
  CHECK(apply_dtype_rule(R::FloatOf, "int64") == "float64");
  CHECK(apply_dtype_rule(R::FloatOf, "uint64") == "float64");
  // numpy: float16; pycxx has no float16 and computes these in float32 (docs/arrays.md).
  CHECK(apply_dtype_rule(R::FloatOf, "int8") == "float32");
  CHECK(apply_dtype_rule(R::FloatOf, "uint8") == "float32");
  CHECK(apply_dtype_rule(R::FloatOf, "bool") == "float32");
}

TEST_CASE("MeanType: floats and complex keep theirs, ints and bool give float64") {
  CHECK(apply_dtype_rule(R::MeanType, "int8") == "float64");  // np.mean(int8 array)
  CHECK(apply_dtype_rule(R::MeanType, "int64") == "float64");
  CHECK(apply_dtype_rule(R::MeanType, "bool") == "float64");
  CHECK(apply_dtype_rule(R::MeanType, "float32") == "float32");
  CHECK(apply_dtype_rule(R::MeanType, "complex64") == "complex64");
}

TEST_CASE("SumType: bool and signed ints sum in int64, unsigned in uint64, others keep theirs") {
  CHECK(apply_dtype_rule(R::SumType, "bool") == "int64");
  CHECK(apply_dtype_rule(R::SumType, "int8") == "int64");
  CHECK(apply_dtype_rule(R::SumType, "uint8") == "uint64");
  CHECK(apply_dtype_rule(R::SumType, "float32") == "float32");
  CHECK(apply_dtype_rule(R::SumType, "complex128") == "complex128");
}

TEST_CASE("the other rules") {
  CHECK(apply_dtype_rule(R::RealOf, "complex64") == "float32");  // np.absolute
  CHECK(apply_dtype_rule(R::RealOf, "complex128") == "float64");
  CHECK(apply_dtype_rule(R::RealOf, "int8") == "int8");
  CHECK(apply_dtype_rule(R::NonBool, "bool") == "int8");  // np.square(bool array)
  CHECK(apply_dtype_rule(R::NonBool, "uint16") == "uint16");
  CHECK(apply_dtype_rule(R::Bool, "float64") == "bool");
  CHECK(apply_dtype_rule(R::Index, "float32") == "int64");
  CHECK(apply_dtype_rule(R::Same, "int16") == "int16");
  CHECK(apply_dtype_rule(R::Selected, "complex64") == "complex64");
  // These read the dtype= argument (or are not array rules): nothing to compute here.
  CHECK_FALSE(apply_dtype_rule(R::LikeOrDtypeArg, "int8"));
  CHECK_FALSE(apply_dtype_rule(R::FromDtypeArg, "int8"));
  CHECK_FALSE(apply_dtype_rule(R::NotArray, "int8"));
}
