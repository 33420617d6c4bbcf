// The shim registry: what stdlib_shims/ provides, as the compiler sees it. The table is
// generated at build time by the shimscan tool (compiler/shimscan/) from the shim
// headers' declarations; nothing here is written by hand. Sema looks calls up here
// (`math.sqrt`, `np.zeros`, `len`, array methods) and emits a call to `cpp_entity`.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace pycxx::shims {

// How sema types a call to the shim. Rows live in typing_rule.def.
enum class TypingRule : std::uint8_t {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) Name,
#include "compiler/shimscan/typing_rule.def"
};

std::string_view typing_rule_name(TypingRule rule);

// typing_rule.def's columns. Sema switches over a rule's handler, lowering over its
// lowering; a rule is one row, so a new rule needs no edit in either switch unless it
// brings a new handler or lowering (and then -Werror=switch names every place to add it).
enum class TypingHandler : std::uint8_t { Overloads, NotCallable, Ufunc, Reduction, Creation, Join, FromData, ArrayMethod };
enum class RuleLowering : std::uint8_t { Signature, Ufunc, RuleArguments, ArrayMethod, NotCalled };

constexpr bool is_array_rule(TypingRule rule) {
  switch (rule) {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) \
  case TypingRule::Name:                                              \
    return Array;
#include "compiler/shimscan/typing_rule.def"
  }
  return false;
}

constexpr TypingHandler typing_handler(TypingRule rule) {
  switch (rule) {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) \
  case TypingRule::Name:                                              \
    return TypingHandler::Handler;
#include "compiler/shimscan/typing_rule.def"
  }
  return TypingHandler::Overloads;
}

constexpr RuleLowering rule_lowering(TypingRule rule) {
  switch (rule) {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) \
  case TypingRule::Name:                                              \
    return RuleLowering::Lowering;
#include "compiler/shimscan/typing_rule.def"
  }
  return RuleLowering::Signature;
}

// How sema computes an array shim's result dtype. Rows live in dtype_rule.def.
enum class DtypeRule : std::uint8_t {
#define PYCXX_DTYPE_RULE(Name, Description) Name,
#include "compiler/shimscan/dtype_rule.def"
};

std::string_view dtype_rule_name(DtypeRule rule);

struct ShimParam {
  std::string_view name;           // the Python parameter name
  std::string_view type;           // Python spelling of the accepted type ("float", "int", ...)
  std::string_view default_value;  // Python spelling of the default; empty when required
  bool has_default = false;
  bool keyword_only = false;
  bool positional_only = false;
  bool variadic = false;           // Python `*name`: any number of arguments of `type` (C++: star_args<T>,
                                   // emitted as one braced list `{a, b, c}`)
  std::string_view cpp_default;    // C++ spelling of the default, to emit when a later argument is given
};

struct ShimFunction {
  std::string_view module;       // "math", "builtins", "numpy", "numpy.linalg", "numpy.ndarray" (methods), ...
  std::string_view name;         // the Python name: "sqrt"
  TypingRule rule;
  std::string_view result_type;  // Python spelling of the result type for TypingRule::Signature
  std::span<const ShimParam> params;
  std::string_view cpp_entity;   // fully qualified C++ name to call
  std::string_view header;       // include path relative to stdlib_shims/ ("math/sqrt.hpp")
  std::string_view unsupported;  // what of numpy's/CPython's signature is not supported yet (for docs)
  std::string_view python_signature;  // "floor(x: float, /) -> int", as docs/supported.md shows it
  DtypeRule dtype_rule = DtypeRule::NotArray;  // array shims: how the result dtype follows from the arguments
};

// Every shim, sorted by (module, name); overloads of one name are adjacent.
std::span<const ShimFunction> all_shims();
// The overloads of module.name, or empty.
std::vector<const ShimFunction*> find_shims(std::string_view module, std::string_view name);

}  // namespace pycxx::shims
