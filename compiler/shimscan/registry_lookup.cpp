// The hand-written half of the shim registry (shim_registry.hpp): lookups over the table
// that the shimscan tool generates from stdlib_shims/ (registry_table.hpp).
#include <algorithm>
#include <tuple>

#include "compiler/shimscan/registry_table.hpp"
#include "compiler/shimscan/shim_registry.hpp"

namespace pycxx::shims {

std::string_view typing_rule_name(TypingRule rule) {
  switch (rule) {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) \
  case TypingRule::Name:                     \
    return #Name;
#include "compiler/shimscan/typing_rule.def"
  }
  return "?";
}

std::string_view dtype_rule_name(DtypeRule rule) {
  switch (rule) {
#define PYCXX_DTYPE_RULE(Name, Description) \
  case DtypeRule::Name:                     \
    return #Name;
#include "compiler/shimscan/dtype_rule.def"
  }
  return "?";
}

std::span<const ShimFunction> all_shims() { return generated_shim_table(); }

std::vector<const ShimFunction*> find_shims(std::string_view module, std::string_view name) {
  std::span<const ShimFunction> table = generated_shim_table();
  auto it = std::lower_bound(table.begin(), table.end(), std::tie(module, name),
                             [](const ShimFunction& f, const auto& key) { return std::tie(f.module, f.name) < key; });
  std::vector<const ShimFunction*> found;
  for (; it != table.end() && it->module == module && it->name == name; ++it) found.push_back(&*it);
  return found;
}

}  // namespace pycxx::shims
