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
    count_value(s->value_, counts);
    count_value(s->message_, counts);
    count_value(s->cause_, counts);
    for (const ir::Value* v : s->range_) count_value(v, counts);
    count_block(s->body_, counts);
    count_block(s->orelse_, counts);
    count_block(s->handlers_, counts);
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
