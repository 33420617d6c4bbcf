// Assignment statements (`x = v`, `a, b = t`, `a[i] = v`, `x: T = v`) and the binding of
// their targets: a local keeps one type (widened when scalars join), stores into array
// elements and slices are checked against the dtype, containers' item stores go to
// infer_container.cpp. Neighbours: infer_aug_assign.cpp, infer_stmt.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

// What to write when a variable mixes a Python scalar and a numpy scalar that do not join
// (float and numpy.float32): start it as the numpy type, as CPython would end up with.
std::string numpy_hint(TypeRef a, TypeRef b) {
  if (b->is(TypeKind::NumpyScalar)) std::swap(a, b);
  if (!a->is(TypeKind::NumpyScalar) || !b->is_number() || b->is(TypeKind::NumpyScalar)) return {};
  return fmt::format(" (start it as np.{}(...) to make it a '{}' throughout)", a->dtype_ == "bool" ? "bool_" : a->dtype_,
                     type_name(a));
}

void Inferrer::widen_local(LocalInfo& local, TypeRef joined) {
  local.type_ = joined;
  spec_->widened_locals_[local.name_] = joined;
  widened_ = true;
}

void Inferrer::check_element_store(ast::ExprNode* target, TypeRef value, TypeRef array) {
  if (contains_unknown(value)) return;
  TypeRef element = element_type(types(), array->dtype_);
  // numpy casts a stored scalar to the dtype (a float into an int array truncates), but not
  // a complex into a real array, and nothing that is not a number.
  if (!value->is_number() || (value->number_kind() == 'c' && element->number_kind() != 'c'))
    error(DiagnosticKind::TypeMismatch, target, "cannot store a '{}' into an element of a '{}'", type_name(value),
          type_name(array));
}

void Inferrer::bind_target(ast::ExprNode* target, TypeRef type, const ast::Node* stmt) {
  if (auto* name = ast::dyn_cast<ast::Name>(target)) {
    record(target, type);
    bind_name(name->id, type, target);
    return;
  }
  bind_unpacked(target, type, stmt);
}

void Inferrer::bind_name(const std::string& id, TypeRef type, const ast::Node* where) {
  if (type->is(TypeKind::Iterator)) {
    error(DiagnosticKind::UnsupportedStatement, where,
          "'{}' would hold a '{}': iterators (generators, zip, d.items()) are used where they are made in compiled "
          "code; iterate over it directly, or store list(...)",
          id, type_name(type));
    type = types().unknown();
  }
  flow_.bind(id);
  if (LocalInfo* outer = nonlocal_target(id)) {
    // `nonlocal total; total = ...`: the enclosing function's local, which keeps its type.
    if (outer->type_ != type && !contains_unknown(type) && !contains_unknown(outer->type_) &&
        join_types(types(), outer->type_, type) != outer->type_)
      report(DiagnosticKind::IncompatibleAssignment, where->range,
             fmt::format("nonlocal '{}' is assigned a '{}' here but has type '{}' in the enclosing function: a variable "
                         "keeps one type",
                         id, type_name(type), type_name(outer->type_)),
             outer->first_assignment_->range, fmt::format("'{}' first gets type '{}' here", id, type_name(outer->type_)));
    return;
  }  // a range loop re-adds its index after binding it
  if (LocalInfo* found = spec_->find_local(id)) {  // indexed: a loop over the locals here was quadratic
    LocalInfo& local = *found;
    if (local.type_ != type && !contains_unknown(type)) {
      TypeRef joined = local.is_param_ ? nullptr : join_types(types(), local.type_, type);
      if (contains_unknown(local.type_)) {
        local.type_ = type;
      } else if (joined) {
        if (joined != local.type_) widen_local(local, joined);  // x = 0.0; x = a[i]
      } else if (!(local.is_param_ && implicitly_converts(type, local.type_) && type->is_number())) {
        report(DiagnosticKind::IncompatibleAssignment, where->range,
               fmt::format("'{}' is assigned a '{}' here but has type '{}' elsewhere: a variable keeps one type{}", id,
                           type_name(type), type_name(local.type_), numpy_hint(type, local.type_)),
               local.first_assignment_->range, fmt::format("'{}' first gets type '{}' here", id, type_name(local.type_)));
      }
    }
    // `x = 5` into an `int | None` local: known not None until the next assignment.
    if (local.type_->is(TypeKind::Optional) && !type->is(TypeKind::None) && !type->is(TypeKind::Optional))
      flow_.narrow(id);
    return;
  }
  // A local widened in an earlier pass starts with its joined type.
  if (auto widened = spec_->widened_locals_.find(id); widened != spec_->widened_locals_.end() &&
                                                       !contains_unknown(type) &&
                                                       join_types(types(), type, widened->second) == widened->second) {
    if (widened->second->is(TypeKind::Optional) && !type->is(TypeKind::None) && !type->is(TypeKind::Optional))
      flow_.narrow(id);
    type = widened->second;
  }
  spec_->locals_.push_back({id, type, where, false});
}

void Inferrer::bind_unpacked(ast::ExprNode* target, TypeRef type, const ast::Node* stmt) {
  if (ast::dyn_cast<ast::Tuple>(target) || ast::dyn_cast<ast::List>(target)) {
    const ast::ExprList& elts =
        target->kind == ast::NodeKind::Tuple ? ast::cast<ast::Tuple>(*target).elts : ast::cast<ast::List>(*target).elts;
    for (ast::ExprNode* elt : elts) {
      if (elt->kind == ast::NodeKind::Starred) {
        error(DiagnosticKind::UnsupportedStatement, elt, "starred assignment targets are not supported yet");
        return;
      }
    }
    if (type->is(TypeKind::Unknown)) {
      for (ast::ExprNode* elt : elts) bind_target(elt, type, stmt);
      return;
    }
    if (!type->is(TypeKind::Tuple) || type->elements_.size() != elts.size()) {
      error(DiagnosticKind::TypeMismatch, target, "cannot unpack a value of type '{}' into {} targets", type_name(type),
            elts.size());
      for (ast::ExprNode* elt : elts) bind_target(elt, types().unknown(), stmt);
      return;
    }
    record(target, type);
    for (std::size_t i = 0; i < elts.size(); ++i) bind_target(elts[i], type->elements_[i], stmt);
    return;
  }
  if (auto* subscript = ast::dyn_cast<ast::Subscript>(target)) {
    TypeRef array = infer_expr(subscript->value);
    if (!array || array->is(TypeKind::Unknown)) return;
    if (array->is(TypeKind::NDArray)) {
      int view_rank = 0;
      if (!array_indices(subscript, array, &view_rank)) return;
      if (view_rank > 0) {
        // a[1:-1, 1:-1] = expr: numpy's __setitem__ (broadcast, cast to the dtype) into the view.
        TypeRef view = types().ndarray(array->dtype_, view_rank);
        record(target, view);
        bool fits = contains_unknown(type) || type->is_number() ||
                    (type->is(TypeKind::NDArray) && type->rank_ <= view_rank);
        char value_kind = type->is(TypeKind::NDArray) ? find_dtype(type->dtype_)->kind_ : type->number_kind();
        if (!fits || (value_kind == 'c' && find_dtype(array->dtype_)->kind_ != 'c'))
          error(DiagnosticKind::TypeMismatch, target, "cannot assign a '{}' to a slice of a '{}'", type_name(type),
                type_name(view));
        return;
      }
      record(target, element_type(types(), array->dtype_));
      check_element_store(target, type, array);
      return;
    }
    if (array->is(TypeKind::Str) || is_mutable_container(array)) {
      bind_container_store(subscript, array, type);
      return;
    }
    error(DiagnosticKind::TypeMismatch, target, "'{}' object does not support item assignment", type_name(array));
    return;
  }
  error(DiagnosticKind::UnsupportedStatement, target,
        "assignment to {} is not supported yet: assign to a name or a tuple of names",
        target->kind == ast::NodeKind::Subscript   ? "an item"
        : target->kind == ast::NodeKind::Attribute ? "an attribute"
                                                   : ast::node_kind_name(target->kind).data());
}

bool Inferrer::infer_assign(ast::StmtNode* stmt) {
  using K = ast::NodeKind;
  auto& assign = ast::cast<ast::Assign>(*stmt);
  if (auto* lambda = ast::dyn_cast<ast::Lambda>(assign.value)) {
    if (auto* name = assign.targets.size() == 1 ? ast::dyn_cast<ast::Name>(assign.targets[0]) : nullptr) {
      define_lambda(name->id, *lambda, stmt);  // f = lambda x: ...: a closure named f
      if (!spec_->find_local(name->id)) bind_name(name->id, types().unknown(), stmt);  // after its diagnostic
      record(name, spec_->find_local(name->id)->type_);
      return true;
    }
  }
  // `xs = []` re-binding a list local: the empty display takes the local's type.
  if (auto* name = assign.targets.size() == 1 ? ast::dyn_cast<ast::Name>(assign.targets[0]) : nullptr)
    if (const LocalInfo* local = spec_->find_local(name->id); local && !contains_unknown(local->type_))
      expected_ = local->type_;
  // `groups[k] = []` into a dict[str, list[str]] local (or a list of lists): the item's type.
  if (auto* item = assign.targets.size() == 1 ? ast::dyn_cast<ast::Subscript>(assign.targets[0]) : nullptr)
    if (auto* container = ast::dyn_cast<ast::Name>(item->value))
      if (const LocalInfo* local = spec_->find_local(container->id); local && !contains_unknown(local->type_)) {
        if (local->type_->is(TypeKind::Dict)) expected_ = local->type_->elements_[1];
        if (local->type_->is(TypeKind::List) && !ast::dyn_cast<ast::Slice>(item->slice)) expected_ = local->type_->elements_[0];
      }
  bool to_names = std::all_of(assign.targets.begin(), assign.targets.end(),
                              [](ast::ExprNode* target) { return target->kind == K::Name; });
  TypeRef type = to_names ? infer_maybe_none(assign.value) : infer_expr(assign.value);
  expected_ = nullptr;
  // After an error in the value the targets still exist (as not yet known), so their
  // uses give no second, misleading diagnostic.
  if (!type) type = types().unknown();
  for (ast::ExprNode* target : assign.targets) bind_target(target, type, stmt);
  return true;
}

bool Inferrer::infer_ann_assign(ast::StmtNode* stmt) {
  auto& ann = ast::cast<ast::AnnAssign>(*stmt);
  TypeRef declared = value_type_of(types(), read_annotation(ann.annotation));
  if (!declared) return true;
  if (ann.value) {
    expected_ = declared;
    TypeRef type = declared->is(TypeKind::Optional) ? infer_maybe_none(ann.value) : infer_expr(ann.value);
    expected_ = nullptr;
    if (type && !contains_unknown(type) && !implicitly_converts(type, declared))
      error(DiagnosticKind::IncompatibleAssignment, ann.value, "cannot assign a '{}' to a variable annotated '{}'",
            type_name(type), type_name(declared));
  }
  record(ann.annotation, declared);
  bind_target(ann.target, declared, stmt);
  if (declared->is(TypeKind::Optional) && ann.value && !spec_->type_of(ann.value)->is(TypeKind::None) &&
      !spec_->type_of(ann.value)->is(TypeKind::Optional))
    flow_.narrow(ast::cast<ast::Name>(*ann.target).id);
  return true;
}

}  // namespace pycxx
