// Which locals a piece of IR assigns, for passes that reason about a local's value: every
// statement target (assign, loop variables, except ... as, defines) and every temporary a
// value sets (SetTemp), looking inside comprehension blocks and closure bodies (a closure
// may assign the enclosing function's locals). Neighbours: the passes in this folder.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ir/ir.hpp"

namespace pycxx {

// How many places in `body` assign each local (a loop's variable counts once).
std::unordered_map<std::string, int> count_assignments(const std::vector<ir::Stmt*>& body);

// Whether anything in `body` assigns `name`.
bool assigns(const std::vector<ir::Stmt*>& body, const std::string& name);

}  // namespace pycxx
