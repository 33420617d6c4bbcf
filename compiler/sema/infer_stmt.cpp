// Statements inside a function: assignment (also to tuples of targets), augmented
// assignment, if/while/for-range with break/continue/else, return, assert, pass (try and
// raise: infer_try.cpp).
// Each returns whether control can continue after it (for the "falls off the end" check).
// Unsupported statements get a diagnostic naming them. Neighbours: infer_expr.cpp.
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

std::optional<exception_kind> exception_named(std::string_view name) {
#define PYCXX_EXCEPTION(Name, Base) \
  if (name == #Name) return exception_kind::Name;
#include "runtime/pycxx/exception_kind.def"
  return std::nullopt;
}

// What to write when a variable mixes a Python scalar and a numpy scalar that do not join
// (float and numpy.float32): start it as the numpy type, as CPython would end up with.
std::string numpy_hint(TypeRef a, TypeRef b) {
  if (b->is(TypeKind::NumpyScalar)) std::swap(a, b);
  if (!a->is(TypeKind::NumpyScalar) || !b->is_number() || b->is(TypeKind::NumpyScalar)) return {};
  return fmt::format(" (start it as np.{}(...) to make it a '{}' throughout)", a->dtype_ == "bool" ? "bool_" : a->dtype_,
                     type_name(a));
}

bool is_str_constant(const ast::ExprNode* expr) {
  auto* constant = ast::dyn_cast<ast::Constant>(expr);
  return constant && constant->value.kind == ast::ConstantValue::Kind::Str;
}

}  // namespace

std::optional<exception_kind> builtin_exception(std::string_view name) { return exception_named(name); }

std::optional<bool> Inferrer::static_condition(const ast::ExprNode* test) const {
  if (auto* negation = ast::dyn_cast<ast::UnaryOp>(test); negation && negation->op == ast::UnaryOpKind::Not) {
    std::optional<bool> inner = static_condition(negation->operand);
    return inner ? std::optional<bool>(!*inner) : std::nullopt;
  }
  if (test->kind == ast::NodeKind::BoolOp) {  // short-circuited by a decided operand (infer_expr.cpp)
    auto known = spec_->static_conditions_.find(test);
    return known != spec_->static_conditions_.end() ? std::optional<bool>(known->second) : std::nullopt;
  }
  auto* compare = ast::dyn_cast<ast::Compare>(test);
  if (!compare || compare->ops.size() != 1) return std::nullopt;
  ast::CmpOpKind op = compare->ops[0];
  if (op != ast::CmpOpKind::Is && op != ast::CmpOpKind::IsNot) return std::nullopt;
  TypeRef left = spec_->type_of(compare->left);
  TypeRef right = spec_->type_of(compare->comparators[0]);
  if (!left || !right || contains_unknown(left) || contains_unknown(right)) return std::nullopt;
  if (left->is(TypeKind::Optional) || right->is(TypeKind::Optional)) return std::nullopt;  // known at run time
  bool both_none = left->is(TypeKind::None) && right->is(TypeKind::None);
  return op == ast::CmpOpKind::Is ? both_none : !both_none;
}

void Inferrer::widen_local(LocalInfo& local, TypeRef joined) {
  local.type_ = joined;
  spec_->widened_locals_[local.name_] = joined;
  widened_ = true;
}

bool Inferrer::infer_block(const ast::StmtList& body) {
  bool reachable = true;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!infer_stmt(body[i])) reachable = false;  // later statements are still checked...
    // ...unless the types decided an `if` that leaves the block (`if x is None: return ...`):
    // what follows does not run for this specialisation and may not type-check for it.
    if (!reachable && spec_->static_conditions_.count(body[i])) {
      for (std::size_t j = i + 1; j < body.size(); ++j) spec_->dead_statements_.insert(body[j]);
      break;
    }
  }
  return reachable;
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
  assigned_.insert(id);
  non_negative_locals_.erase(id);
  narrowed_.erase(id);
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
      narrowed_.insert(id);
    return;
  }
  // A local widened in an earlier pass starts with its joined type.
  if (auto widened = spec_->widened_locals_.find(id); widened != spec_->widened_locals_.end() &&
                                                       !contains_unknown(type) &&
                                                       join_types(types(), type, widened->second) == widened->second) {
    if (widened->second->is(TypeKind::Optional) && !type->is(TypeKind::None) && !type->is(TypeKind::Optional))
      narrowed_.insert(id);
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

bool Inferrer::infer_stmt(ast::StmtNode* stmt) {
  using K = ast::NodeKind;
  using S = ast::StmtKind;
  switch (ast::stmt_kind(*stmt)) {
    case S::Assign: {
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
    case S::AnnAssign: {
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
        narrowed_.insert(ast::cast<ast::Name>(*ann.target).id);
      return true;
    }
    case S::AugAssign: {
      auto& aug = ast::cast<ast::AugAssign>(*stmt);
      auto* name = ast::dyn_cast<ast::Name>(aug.target);
      using O = ast::OperatorKind;
      if (auto* subscript = ast::dyn_cast<ast::Subscript>(aug.target)) {
        // a[i] += v: the element read, the operator, the result stored back (cast to the dtype).
        TypeRef left = infer_expr(aug.target);
        TypeRef right = infer_expr(aug.value);
        if (!left || !right) return true;
        TypeRef result = infer_binary(stmt, aug.op, left, right, aug.value);
        if (!result) return true;
        record(stmt, result);
        if (left->is(TypeKind::NDArray) && aug.op != O::Add && aug.op != O::Sub && aug.op != O::Mult &&
            aug.op != O::Div)
          error(DiagnosticKind::UnsupportedOperation, stmt,
                "in-place '{}=' on an array is not supported yet: use += -= *= /=", ast::spelling(aug.op));
        else if (left->is(TypeKind::NDArray) && result != left && !contains_unknown(result))
          error(DiagnosticKind::IncompatibleAssignment, stmt, "'{}=' gives a '{}' that cannot be stored in a '{}'",
                ast::spelling(aug.op), type_name(result), type_name(left));
        else if (TypeRef array = spec_->type_of(subscript->value); array && array->is(TypeKind::NDArray) &&
                                                                  !left->is(TypeKind::NDArray))
          check_element_store(aug.target, result, array);
        else if (array && (array->is(TypeKind::Str) || array->is(TypeKind::Set)))
          error(DiagnosticKind::TypeMismatch, stmt, "'{}' object does not support item assignment", type_name(array));
        else if (array && is_mutable_container(array) && !contains_unknown(result) && !implicitly_converts(result, left))
          error(DiagnosticKind::IncompatibleAssignment, stmt, "'{}=' gives a '{}' that cannot be stored in a '{}'",
                ast::spelling(aug.op), type_name(result), type_name(array));
        return true;
      }
      if (!name) {
        bind_target(aug.target, types().unknown(), stmt);  // reports the unsupported target
        return true;
      }
      non_negative_locals_.erase(name->id);
      TypeRef left = infer_expr(aug.target);
      TypeRef right = infer_expr(aug.value);
      if (!left || !right) return true;
      if (left->is(TypeKind::NDArray) && aug.op != O::Add && aug.op != O::Sub && aug.op != O::Mult && aug.op != O::Div) {
        error(DiagnosticKind::UnsupportedOperation, stmt, "in-place '{}=' on an array is not supported yet: use += -= *= /=",
              ast::spelling(aug.op));
        return true;
      }
      TypeRef result = infer_binary(stmt, aug.op, left, right, aug.value);
      if (result) {
        record(stmt, result);
        LocalInfo* local = nullptr;
        for (LocalInfo& info : spec_->locals_)
          if (info.name_ == name->id) local = &info;
        TypeRef joined = local && !local->is_param_ ? join_scalars(types(), left, result) : nullptr;
        if (joined && result != left && !contains_unknown(result) && !contains_unknown(left)) {
          if (joined != local->type_) widen_local(*local, joined);  // total = 0.0; total += a[i]
        } else if (result != left && !contains_unknown(result) && !contains_unknown(left) &&
                   !(local && local->is_param_ && join_scalars(types(), left, result))) {
          // (a parameter keeps its annotated type: `x: float` with x += a[i] stays a float)
          error(DiagnosticKind::IncompatibleAssignment, stmt,
                "'{} {}= ...' gives a '{}' but '{}' has type '{}': a variable keeps one type{}", name->id,
                ast::spelling(aug.op), type_name(result), name->id, type_name(left), numpy_hint(result, left));
        }
      }
      return true;
    }
    case S::If: {
      auto& branch = ast::cast<ast::If>(*stmt);
      TypeRef test = infer_maybe_none(branch.test);
      if (test) truth_testable(branch.test, test);
      // `if x is None:` where x's type decides it (a form of an `X | None` parameter): only the
      // branch that runs is checked and compiled, as a type checker narrows it.
      if (std::optional<bool> known = static_condition(branch.test)) {
        spec_->static_conditions_[stmt] = *known;
        return infer_block(*known ? branch.body : branch.orelse);
      }
      std::set<std::string> before = assigned_;
      const std::set<std::string> narrowed_before = narrowed_;
      narrowed_.merge(narrowing(branch.test, true));
      bool body = infer_block(branch.body);
      std::set<std::string> after_body = std::move(assigned_);
      std::set<std::string> narrowed_body = std::move(narrowed_);
      assigned_ = before;
      narrowed_ = narrowed_before;
      narrowed_.merge(narrowing(branch.test, false));
      bool orelse = branch.orelse.empty() ? true : infer_block(branch.orelse);
      // Known not None after the if: on every branch that continues (`if x is None: return`).
      if (body && orelse) {
        std::set<std::string> both;
        for (const std::string& name : narrowed_body)
          if (narrowed_.count(name)) both.insert(name);
        narrowed_ = std::move(both);
      } else if (body) {
        narrowed_ = std::move(narrowed_body);
      }
      // Definitely assigned after the if: on both branches that can continue.
      if (body && orelse) {
        std::set<std::string> both;
        for (const std::string& name : after_body)
          if (assigned_.count(name)) both.insert(name);
        assigned_ = std::move(both);
      } else if (body) {
        assigned_ = std::move(after_body);
      }
      return body || orelse;
    }
    case S::While: {
      auto& loop = ast::cast<ast::While>(*stmt);
      forget_narrowing(loop.body);  // the test and the body run again after the body
      const std::set<std::string> narrowed_before = narrowed_;
      TypeRef test = infer_maybe_none(loop.test);
      if (test) truth_testable(loop.test, test);
      loop_breaks_.push_back(false);
      ++loop_depth_;
      const std::set<std::string> before = assigned_;
      narrowed_.merge(narrowing(loop.test, true));
      infer_block(loop.body);
      assigned_ = before;  // the body may not run at all
      --loop_depth_;
      bool broke = loop_breaks_.back();
      loop_breaks_.pop_back();
      narrowed_ = narrowed_before;
      if (!broke) narrowed_.merge(narrowing(loop.test, false));
      bool orelse = infer_block(loop.orelse);
      if (broke) assigned_ = before;  // a break skips the else block
      auto* constant = ast::dyn_cast<ast::Constant>(loop.test);
      bool forever = constant && constant->value.kind == ast::ConstantValue::Kind::Bool && constant->value.boolean;
      return broke || (!forever && orelse);
    }
    case S::For: {
      auto& loop = ast::cast<ast::For>(*stmt);
      auto* call = ast::dyn_cast<ast::Call>(loop.iter);
      auto* callee = call ? ast::dyn_cast<ast::Name>(call->func) : nullptr;
      bool is_range = callee && callee->id == "range" && !find_function("range") && !spec_->find_local("range");
      TypeRef item = types().integer();
      if (!is_range) {
        TypeRef iter = infer_expr(loop.iter);
        item = iter ? item_type(types(), iter) : types().unknown();
        if (!item) {
          error(DiagnosticKind::TypeMismatch, loop.iter, "'{}' object is not iterable", type_name(iter));
          item = types().unknown();
        }
      } else {
        infer_call(call);
      }
      const std::set<std::string> before = assigned_;
      forget_narrowing(loop.body);  // the body runs again after itself
      bool plain_target = ast::dyn_cast<ast::Name>(loop.target) || ast::dyn_cast<ast::Tuple>(loop.target) ||
                          ast::dyn_cast<ast::List>(loop.target);
      if (!plain_target)
        error(DiagnosticKind::UnsupportedStatement, loop.target, "the target of a for loop must be a name or a tuple of names");
      else
        bind_target(loop.target, item, stmt);
      loop_breaks_.push_back(false);
      ++loop_depth_;
      auto* index = ast::dyn_cast<ast::Name>(loop.target);
      bool counting_up = is_range && index && !call->args.empty() && call->args.size() <= 3 &&
                         (call->args.size() == 1 || known_non_negative(call->args[0])) &&
                         (call->args.size() < 3 || (known_non_negative(call->args[2]) && ast::dyn_cast<ast::Constant>(call->args[2])));
      if (counting_up) non_negative_locals_.insert(index->id);
      // The loop variable is assigned only when the body runs: it stays in the set for the
      // body's statements, and leaves it after the loop.
      const std::set<std::string> narrowed_before = narrowed_;
      infer_block(loop.body);
      narrowed_ = narrowed_before;
      if (counting_up) non_negative_locals_.erase(index->id);
      assigned_ = before;
      --loop_depth_;
      bool broke = loop_breaks_.back();
      loop_breaks_.pop_back();
      bool orelse = infer_block(loop.orelse);
      if (broke) assigned_ = before;
      return broke || orelse;
    }
    case S::Break:
      if (!loop_breaks_.empty()) loop_breaks_.back() = true;
      return false;
    case S::Continue:
      return false;
    case S::Pass:
      return true;
    case S::Return: {
      auto& ret = ast::cast<ast::Return>(*stmt);
      if (spec_->function_->generator_) {  // ends the generator; Python's `return value` there sets StopIteration.value
        if (ret.value)
          error(DiagnosticKind::UnsupportedStatement, ret.value,
                "a generator's 'return' cannot carry a value in compiled code: write a bare 'return'");
        return false;
      }
      expected_ = spec_->function_->return_annotation_;
      TypeRef type = ret.value ? infer_maybe_none(ret.value) : types().none();
      expected_ = nullptr;
      if (!type) return false;
      if (type->is(TypeKind::Iterator) && !returns_generator(ret.value)) return false;
      returns_.push_back(type);
      return_nodes_.push_back(stmt);
      TypeRef expected = spec_->function_->return_annotation_;
      if (expected && !expected->is(TypeKind::Unknown) && !contains_unknown(type) && !implicitly_converts(type, expected))
        error(DiagnosticKind::ReturnTypeMismatch, ret.value ? static_cast<ast::Node*>(ret.value) : stmt,
              "function '{}' returns a '{}' but its annotation says '{}'", spec_->function_->name_, type_name(type),
              type_name(expected));
      return false;
    }
    case S::Raise:
      return infer_raise(ast::cast<ast::Raise>(*stmt));
    case S::Assert: {
      auto& assertion = ast::cast<ast::Assert>(*stmt);
      TypeRef test = infer_maybe_none(assertion.test);
      if (test) truth_testable(assertion.test, test);
      narrowed_.merge(narrowing(assertion.test, true));  // past the assert, it held
      if (assertion.msg && !is_str_constant(assertion.msg))
        error(DiagnosticKind::UnsupportedStatement, assertion.msg, "the message of an assert must be a string literal");
      return true;
    }
    case S::ExprStmt: {
      auto& expr = ast::cast<ast::ExprStmt>(*stmt);
      if (is_str_constant(expr.value)) return true;  // a docstring or a comment-like string
      if (auto* yield = ast::dyn_cast<ast::Yield>(expr.value)) {  // `yield x` in a generator function
        TypeRef type = yield->value ? infer_expr(yield->value) : types().none();
        if (type) {
          yields_.push_back(type);
          yield_nodes_.push_back(yield->value ? static_cast<ast::Node*>(yield->value) : yield);
          record(yield, types().none());
        }
        return true;
      }
      if (auto* from = ast::dyn_cast<ast::YieldFrom>(expr.value)) {  // `yield from it`: each item of it
        infer_yield_from(*from);
        return true;
      }
      infer_expr(expr.value);
      return true;
    }
    case S::FunctionDef:
      define_closure(ast::cast<ast::FunctionDef>(*stmt));
      return true;
    case S::AsyncFunctionDef:
      error(DiagnosticKind::UnsupportedStatement, stmt, "async functions are not supported");
      return true;
    case S::ClassDef:
      error(DiagnosticKind::UnsupportedClass, stmt, "class definitions are not supported");
      return true;
    case S::Try: {
      // A handler or finally block may run after any part of the body: what the statement
      // assigns is not known to be narrowed in it, nor after it.
      auto& node = ast::cast<ast::Try>(*stmt);
      forget_narrowing(node.body);
      for (ast::ExceptHandler* handler : node.handlers) forget_narrowing(handler->body);
      forget_narrowing(node.orelse);
      forget_narrowing(node.finalbody);
      bool continues = infer_try(node);
      forget_narrowing(node.body);
      for (ast::ExceptHandler* handler : node.handlers) forget_narrowing(handler->body);
      forget_narrowing(node.orelse);
      forget_narrowing(node.finalbody);
      return continues;
    }
    case S::TryStar:
      error(DiagnosticKind::UnsupportedStatement, stmt,
            "'except*' (exception groups) is not supported: use 'except' with a class or a tuple of classes");
      return true;
    case S::With:
    case S::AsyncWith:
      error(DiagnosticKind::UnsupportedStatement, stmt, "with statements are not supported");
      return true;
    case S::AsyncFor:
      error(DiagnosticKind::UnsupportedStatement, stmt, "async for loops are not supported");
      return true;
    case S::Match:
      error(DiagnosticKind::UnsupportedStatement, stmt, "match statements are not supported yet: use if/elif");
      return true;
    case S::Global:
    case S::Nonlocal:
      check_declaration(stmt);
      return true;
    case S::Delete:
      error(DiagnosticKind::UnsupportedStatement, stmt, "del statements are not supported");
      return true;
    case S::Import:
    case S::ImportFrom:
      error(DiagnosticKind::UnsupportedImport, stmt, "imports inside functions are not supported: import at module level");
      return true;
  }
  return true;
}

}  // namespace pycxx
