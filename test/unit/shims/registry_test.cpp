// Tests of the generated shim registry (compiler/shimscan/shim_registry.hpp): what sema
// reads. The rows come from the shim headers' declarations, so these check the scan too:
// names, Python types, defaults, keyword/positional markers, overloads, constants.
#include <algorithm>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "compiler/shimscan/shim_registry.hpp"

using pycxx::shims::find_shims;
using pycxx::shims::TypingRule;

TEST_CASE("the registry is sorted and every row names an existing header") {
  auto shims = pycxx::shims::all_shims();
  REQUIRE(shims.size() > 60);
  for (std::size_t i = 1; i < shims.size(); ++i) {
    bool ordered = std::tie(shims[i - 1].module, shims[i - 1].name) <= std::tie(shims[i].module, shims[i].name);
    CHECK(ordered);
  }
  for (const auto& s : shims) {
    INFO(s.module << "." << s.name);
    CHECK(std::filesystem::exists(std::filesystem::path(PYCXX_SHIMS_DIR) / std::string(s.header)));
    CHECK(s.cpp_entity.rfind("pycxx::shims::", 0) == 0);
  }
}

TEST_CASE("math.floor has an int and a float overload, positional-only") {
  auto floor = find_shims("math", "floor");
  REQUIRE(floor.size() == 2);
  CHECK(floor[0]->params[0].type == "int");
  CHECK(floor[1]->params[0].type == "float");
  for (const auto* f : floor) {
    CHECK(f->rule == TypingRule::Signature);
    CHECK(f->result_type == "int");
    CHECK(f->params.size() == 1);
    CHECK(f->params[0].name == "x");
    CHECK(f->params[0].positional_only);
    CHECK(f->cpp_entity == "pycxx::shims::math::floor");
    CHECK(f->header == "math/floor.hpp");
  }
  CHECK(floor[0]->python_signature == "floor(x: int, /) -> int");
}

TEST_CASE("isclose has keyword-only parameters with Python defaults") {
  auto isclose = find_shims("math", "isclose");
  REQUIRE(isclose.size() == 1);
  auto params = isclose[0]->params;
  REQUIRE(params.size() == 4);
  CHECK_FALSE(params[0].keyword_only);
  CHECK_FALSE(params[0].positional_only);
  CHECK(params[2].name == "rel_tol");
  CHECK(params[2].keyword_only);
  CHECK(params[2].has_default);
  CHECK(params[2].default_value == "1e-09");
  CHECK(params[2].cpp_default == "1e-09");
  CHECK(params[3].default_value == "0.0");
  CHECK(isclose[0]->result_type == "bool");
  CHECK(isclose[0]->python_signature == "isclose(a: float, b: float, *, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool");
}

TEST_CASE("variadic parameters, tuple results and constants") {
  auto hypot = find_shims("math", "hypot");
  REQUIRE(hypot.size() == 1);
  REQUIRE(hypot[0]->params.size() == 1);
  CHECK(hypot[0]->params[0].variadic);
  CHECK(hypot[0]->params[0].type == "float");
  auto max = find_shims("builtins", "max");
  REQUIRE(max.size() == 8);  // two scalar forms with *args, six over one iterable (key=, default=, default=None)
  CHECK(max[0]->params[2].variadic);
  CHECK(max[0]->params[2].type == "int");
  CHECK(std::any_of(max.begin(), max.end(), [](const auto* shim) {
    return shim->python_signature == "max(iterable: Iterable[T], /, *, key: Callable[[T], K], default: T) -> T";
  }));
  CHECK(std::any_of(max.begin(), max.end(), [](const auto* shim) {  // a `T | None` result
    return shim->python_signature == "max(iterable: Iterable[T], /, *, default: None) -> T | None";
  }));
  CHECK(find_shims("math", "frexp")[0]->result_type == "tuple[float, int]");
  CHECK(find_shims("builtins", "divmod")[0]->result_type == "tuple[int, int]");
  CHECK(find_shims("builtins", "abs")[2]->params[0].type == "complex");
  auto pi = find_shims("math", "pi");
  REQUIRE(pi.size() == 1);
  CHECK(pi[0]->rule == TypingRule::Constant);
  CHECK(pi[0]->result_type == "float");
  CHECK(pi[0]->params.empty());
  CHECK(pi[0]->cpp_entity == "pycxx::shims::math::pi");
  CHECK(find_shims("math", "no_such_function").empty());
  CHECK(find_shims("numpy", "fsum").empty());
  CHECK(pycxx::shims::typing_rule_name(TypingRule::Constant) == "Constant");
}

TEST_CASE("numpy shims carry their typing and dtype rules") {
  using pycxx::shims::DtypeRule;
  auto exp = find_shims("numpy", "exp");
  REQUIRE(exp.size() == 1);
  CHECK(exp[0]->rule == TypingRule::Ufunc);
  CHECK(exp[0]->dtype_rule == DtypeRule::FloatOf);
  CHECK(exp[0]->params[0].type == "array_like");
  CHECK(exp[0]->params[0].positional_only);
  auto sum = find_shims("numpy", "sum");
  REQUIRE(sum.size() == 1);
  CHECK(sum[0]->rule == TypingRule::Reduction);
  CHECK(sum[0]->dtype_rule == DtypeRule::SumType);
  REQUIRE(sum[0]->params.size() == 4);
  CHECK(sum[0]->params[1].name == "axis");
  CHECK(sum[0]->params[1].default_value == "None");
  CHECK(sum[0]->params[2].name == "dtype");
  CHECK(sum[0]->params[3].name == "keepdims");
  CHECK(sum[0]->params[3].keyword_only);
  CHECK(sum[0]->params[3].default_value == "False");
  auto zeros = find_shims("numpy", "zeros");
  REQUIRE(zeros.size() == 1);
  CHECK(zeros[0]->rule == TypingRule::Creation);
  CHECK(zeros[0]->dtype_rule == DtypeRule::FromDtypeArg);
  CHECK(zeros[0]->params[1].default_value == "float");
  CHECK(find_shims("math", "sqrt")[0]->dtype_rule == DtypeRule::NotArray);
  CHECK(pycxx::shims::dtype_rule_name(DtypeRule::Index) == "Index");
  auto newaxis = find_shims("numpy", "newaxis");
  REQUIRE(newaxis.size() == 1);
  CHECK(newaxis[0]->rule == TypingRule::Constant);
  CHECK(newaxis[0]->result_type == "None");
  auto accumulate = find_shims("numpy.maximum", "accumulate");
  REQUIRE(accumulate.size() == 1);
  CHECK(accumulate[0]->rule == TypingRule::Scan);
  CHECK(accumulate[0]->cpp_entity == "pycxx::shims::numpy::ufunc_maximum::accumulate");
  CHECK(accumulate[0]->header == "numpy/maximum/accumulate.hpp");
}

TEST_CASE("typing_rule.def's columns agree with each other and with the shims") {
  using pycxx::shims::DtypeRule;
  using pycxx::shims::RuleLowering;
  using pycxx::shims::TypingHandler;
  namespace s = pycxx::shims;
  // Scan is typed as a reduction, Stack and Join2d as joins: rules share handlers.
  CHECK(s::typing_handler(TypingRule::Scan) == TypingHandler::Reduction);
  CHECK(s::typing_handler(TypingRule::Join2d) == TypingHandler::Join);
  CHECK(s::rule_lowering(TypingRule::Signature) == RuleLowering::Signature);
  CHECK(s::rule_lowering(TypingRule::Constant) == RuleLowering::NotCalled);
  CHECK(s::rule_lowering(TypingRule::Reduction) == RuleLowering::RuleArguments);
  for (const auto& shim : s::all_shims()) {
    INFO(shim.module << "." << shim.name << " (" << s::typing_rule_name(shim.rule) << ")");
    // Array rules, and only they, carry a dtype rule (shimscan refuses the others).
    CHECK(s::is_array_rule(shim.rule) == (shim.dtype_rule != DtypeRule::NotArray));
    // Only array rules have array handlers; plain shims are typed by their overloads.
    bool plain_handler = s::typing_handler(shim.rule) == TypingHandler::Overloads ||
                         s::typing_handler(shim.rule) == TypingHandler::NotCallable;
    CHECK(plain_handler == !s::is_array_rule(shim.rule));
  }
}
