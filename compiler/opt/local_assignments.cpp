// Counts the places that assign each local: statement targets and SetTemp values, inside
// nested blocks and closures too. Neighbours: local_assignments.hpp.
#include "compiler/opt/local_assignments.hpp"

namespace pycxx {
namespace {

void count_block(const std::vector<ir::Stmt*>& body, std::unordered_map<std::string, int>& counts);

void count_value(const ir::Value* v, std::unordered_map<std::string, int>& counts) {
  if (!v) return;
  if (v->kind_ == ir::InstKind::SetTemp) ++counts[v->text_];
  for (const ir::Value* operand : v->operands_) count_value(operand, counts);
  count_block(v->body_, counts);
}

void count_block(const std::vector<ir::Stmt*>& body, std::unordered_map<std::string, int>& counts) {
  for (const ir::Stmt* s : body) {
    if (!s->target_.empty()) ++counts[s->target_];
    ir::for_each_part(*s, [&](const ir::Value* v) { count_value(v, counts); },
                      [&](const std::vector<ir::Stmt*>& block) { count_block(block, counts); });
  }
}

}  // namespace

std::unordered_map<std::string, int> count_assignments(const std::vector<ir::Stmt*>& body) {
  std::unordered_map<std::string, int> counts;
  count_block(body, counts);
  return counts;
}

bool assigns(const std::vector<ir::Stmt*>& body, const std::string& name) {
  return count_assignments(body).contains(name);
}

}  // namespace pycxx
