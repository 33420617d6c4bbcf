// Visiting a node's children, generated from node_kind.def: `for_each_child(node, fn)`
// calls fn(Node*) for every non-null child node, in field order. Walkers in sema and
// lower use it so that no hand-written list of fields exists outside the .def table.
#pragma once

#include "compiler/parse/ast.hpp"

namespace pycxx::ast {

namespace detail {
template <class Fn>
void visit_field(Node* child, Fn& fn) {
  if (child) fn(child);
}
template <class T, class Fn>
void visit_field(const std::vector<T*>& children, Fn& fn) {
  for (Node* child : children)
    if (child) fn(child);
}
template <class T, class Fn>
  requires(!std::is_pointer_v<T>)
void visit_field(const T&, Fn&) {}
}  // namespace detail

template <class Fn>
void for_each_child(Node* node, Fn&& fn) {
  switch (node->kind) {
#define F(Type, name) detail::visit_field(n.name, fn);
#define PYCXX_AST_NODE(Name, PyName, Base, HasLocation, Fields) \
  case NodeKind::Name: {                                        \
    [[maybe_unused]] auto& n = cast<Name>(*node);               \
    Fields break;                                               \
  }
#include "compiler/parse/node_kind.def"
#undef F
  }
}

}  // namespace pycxx::ast
