// Calls a shim by its Python name with tagged values (the differential test's table), and
// compares and prints results. The overload is chosen from the argument kinds the way
// sema chooses it: exact kinds first, then int where float is expected.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pycxx/errors.hpp"

namespace pycxx::shims::test {

struct Value {
  enum Kind { int_, float_, bool_, tuple } kind = int_;
  std::int64_t i = 0;
  double f = 0.0;
  bool b = false;
  std::vector<Value> items;
};

Value call(const std::string& name, const std::vector<Value>& args);
std::string show(const Value& v);

}  // namespace pycxx::shims::test
