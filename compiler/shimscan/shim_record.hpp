// What the shimscan tool learns about one shim declaration: the plain data passed from
// the Clang side (scan_shims.cpp, the only file including Clang headers) to the writers
// (write_registry.cpp: the generated registry source and docs/supported.md).
#pragma once

#include <string>
#include <vector>

namespace pycxx::shimscan {

struct ParamRecord {
  std::string name;
  std::string type;            // Python spelling
  std::string default_value;   // Python spelling; empty when required
  std::string cpp_default;     // C++ spelling, as written in the header
  bool has_default = false;
  bool keyword_only = false;
  bool positional_only = false;
  bool variadic = false;
};

struct ShimRecord {
  std::string module;
  std::string name;
  std::string rule;            // a row of typing_rule.def
  std::string dtype_rule = "NotArray";  // a row of dtype_rule.def
  std::string result_type;     // Python spelling
  std::vector<ParamRecord> params;
  std::string cpp_entity;
  std::string header;          // relative to stdlib_shims/
  int line = 0;                // of the declaration, to keep overloads in source order
  std::string unsupported;
  bool is_constant = false;
};

// "floor(x: float, /) -> int", or "pi: float" for a constant.
std::string python_signature(const ShimRecord& shim);
// The generated C++ source defining the registry table (see registry_lookup.cpp).
std::string registry_source(const std::vector<ShimRecord>& shims);
// docs/supported.md.
std::string supported_markdown(const std::vector<ShimRecord>& shims);

}  // namespace pycxx::shimscan
