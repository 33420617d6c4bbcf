// str.join(iterable, /): the strs of iterable (a list, a generator expression, ...) with the
// separator between them.
#pragma once

#include "pycxx/containers/iteration.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx_shim.hpp"

namespace pycxx::shims::str_methods {

template <class Iterable>
PYCXX_SHIM("builtins.str", "join") PYCXX_POSITIONAL_ONLY
pycxx::str join(const pycxx::str& self, PYCXX_TYPE("Iterable[str]") const Iterable& iterable) {
  if constexpr (std::is_same_v<Iterable, pycxx::list<pycxx::str>>) return pycxx::join(self, iterable);
  else return pycxx::join(self, pycxx::list<pycxx::str>::from_range(iterable));
}

}  // namespace pycxx::shims::str_methods
