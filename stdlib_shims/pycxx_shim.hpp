// How a shim header declares itself to the compiler. Each macro becomes a
// [[clang::annotate("pycxx:...")]] attribute when compiler/shimscan parses the shims
// (it defines PYCXX_SHIMSCAN) and nothing otherwise, so g++ sees plain C++.
// Everything else (parameter names, types, defaults) is read from the C++ declaration.
// docs/shims.md explains the scheme; compiler/shimscan/scan_shims.cpp reads it.
#pragma once

#include <initializer_list>

#ifdef PYCXX_SHIMSCAN
#define PYCXX_SHIM_ANNOTATE(...) [[clang::annotate(__VA_ARGS__)]]
#else
#define PYCXX_SHIM_ANNOTATE(...)
#endif

// On a function: it is Python's module.name ("math", "floor"). Overloads each carry it.
#define PYCXX_SHIM(module, name) PYCXX_SHIM_ANNOTATE("pycxx:shim", module, name)
// On an `inline constexpr` variable: it is the module constant module.name (math.pi).
#define PYCXX_SHIM_CONSTANT(module, name) PYCXX_SHIM_ANNOTATE("pycxx:constant", module, name)
// On a function: the typing rule sema applies (a row of compiler/shimscan/typing_rule.def);
// without it the rule is Signature (the C++ types are the Python types).
#define PYCXX_RULE(rule) PYCXX_SHIM_ANNOTATE("pycxx:rule", #rule)
// On an array shim: how its result dtype follows from the arguments (compiler/shimscan/dtype_rule.def).
#define PYCXX_DTYPE_RULE(rule) PYCXX_SHIM_ANNOTATE("pycxx:dtype_rule", #rule)
// Before a parameter or a function (its result): the Python spelling of a template type,
// which has none of its own ("array_like", "int | tuple[int, ...] | None").
#define PYCXX_TYPE(python_text) PYCXX_SHIM_ANNOTATE("pycxx:type", python_text)
// On a function: what of CPython's/numpy's behaviour is not supported yet (docs/supported.md).
#define PYCXX_UNSUPPORTED(text) PYCXX_SHIM_ANNOTATE("pycxx:unsupported", text)
// On a function: every parameter not keyword-only is positional-only (Python's `/` last).
#define PYCXX_POSITIONAL_ONLY PYCXX_SHIM_ANNOTATE("pycxx:positional_only")
// Before a parameter: it and every parameter before it are positional-only (`/` after it).
#define PYCXX_POS_ONLY PYCXX_SHIM_ANNOTATE("pycxx:pos_only")
// Before a parameter: it and every parameter after it are keyword-only (`*` before it).
#define PYCXX_KW_ONLY PYCXX_SHIM_ANNOTATE("pycxx:kw_only")
// Before a parameter: the Python spelling of its default, when the C++ default's own
// text is not already Python (`true` -> True and `pycxx::none` -> None are automatic).
#define PYCXX_DEFAULT(python_text) PYCXX_SHIM_ANNOTATE("pycxx:default", python_text)

namespace pycxx::shims {

// A Python `*args` parameter whose arguments all have type T: `gcd(*integers)` is
// `gcd(star_args<std::int64_t> integers)`, called from C++ as gcd({12, 18}).
template <class T>
using star_args = std::initializer_list<T>;

}  // namespace pycxx::shims
