// str, list, dict and set in expressions: displays ([a, b], {k: v}, {a}), comprehensions
// (list, set, dict, generator) with their own scope, lambdas passed to calls, container
// subscripts (c[i], c[b:e], d[k]) and stores, and `x in c`. Containers are invariant (a
// list[int] is not a list[float]); numbers in one display promote as Python's arithmetic.
// Neighbours: infer_expr.cpp (the dispatch), infer_shim_call.cpp (methods), generic.cpp.
#include <fmt/format.h>

#include "compiler/sema/hashable.hpp"
#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

std::string_view display_name(ast::NodeKind kind) {
  return kind == ast::NodeKind::List ? "list" : kind == ast::NodeKind::Set ? "set" : "dict";
}

}  // namespace

const std::pair<TypeRef, std::string>* Inferrer::find_scoped(const std::string& name) const {
  for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope)
    if (auto it = scope->find(name); it != scope->end()) return &it->second;
  return nullptr;
}

void Inferrer::bind_scoped(ast::ExprNode* target, TypeRef type) {
  if (auto* name = ast::dyn_cast<ast::Name>(target)) {
    std::string cpp = fmt::format("{}_s{}", name->id, scopes_.size());
    scopes_.back()[name->id] = {type, cpp};
    spec_->scoped_names_[target] = cpp;
    record(target, type);
    return;
  }
  if (auto* tuple = ast::dyn_cast<ast::Tuple>(target)) {
    if (type->is(TypeKind::Unknown)) {
      for (ast::ExprNode* elt : tuple->elts) bind_scoped(elt, type);
      return;
    }
    if (!type->is(TypeKind::Tuple) || type->elements_.size() != tuple->elts.size()) {
      error(DiagnosticKind::TypeMismatch, target, "cannot unpack a value of type '{}' into {} targets",
            type_name(type), tuple->elts.size());
      for (ast::ExprNode* elt : tuple->elts) bind_scoped(elt, types().unknown());
      return;
    }
    record(target, type);
    for (std::size_t i = 0; i < tuple->elts.size(); ++i) bind_scoped(tuple->elts[i], type->elements_[i]);
    return;
  }
  error(DiagnosticKind::UnsupportedExpression, target, "the target of a comprehension must be a name or a tuple of names");
}

TypeRef Inferrer::infer_display(ast::ExprNode* expr) {
  TypeRef expected = expected_;
  expected_ = nullptr;
  std::vector<ast::ExprNode*> keys, values;
  if (auto* list = ast::dyn_cast<ast::List>(expr)) values = list->elts;
  if (auto* set = ast::dyn_cast<ast::Set>(expr)) values = set->elts;
  if (auto* dict = ast::dyn_cast<ast::Dict>(expr)) {
    keys = dict->keys;
    values = dict->values;
  }
  const bool is_dict = expr->kind == ast::NodeKind::Dict;
  // The item types: the expected ones for an empty display, else the items' own (numbers promote).
  auto unify = [&](const std::vector<ast::ExprNode*>& items, TypeRef want) -> TypeRef {
    TypeRef result = nullptr;
    const ast::ExprNode* first = nullptr;
    for (ast::ExprNode* item : items) {
      if (!item) {
        error(DiagnosticKind::UnsupportedExpression, expr, "'**' in a dict display is not supported yet");
        return nullptr;
      }
      if (item->kind == ast::NodeKind::Starred) {
        error(DiagnosticKind::UnsupportedExpression, item, "starred items in a display are not supported yet");
        return nullptr;
      }
      TypeRef type = infer_expr(item);
      if (!type) return nullptr;
      if (want && implicitly_converts(type, want)) continue;
      if (!result || contains_unknown(result)) {
        result = type;
        first = item;
      } else if (type != result && !contains_unknown(type)) {
        TypeRef wider = promote(types(), result, type);
        if (wider && !wider->is(TypeKind::Bool) && result->is_number() && type->is_number()) {
          result = wider;
        } else {
          report(DiagnosticKind::TypeMismatch, item->range,
                 fmt::format("the items of this {} have different types '{}' and '{}': a {} holds one type",
                             display_name(expr->kind), type_name(result), type_name(type), display_name(expr->kind)),
                 first->range, fmt::format("this item is a '{}'", type_name(result)));
          return nullptr;
        }
      }
    }
    if (want && (!result || implicitly_converts(result, want))) return want;
    return result;
  };
  TypeRef want_key = nullptr, want_value = nullptr;
  if (expected && expected->kind_ == (expr->kind == ast::NodeKind::List ? TypeKind::List
                                      : is_dict                          ? TypeKind::Dict
                                                                         : TypeKind::Set)) {
    want_key = expected->elements_[0];
    want_value = is_dict ? expected->elements_[1] : expected->elements_[0];
  }
  TypeRef value = unify(values, want_value);
  TypeRef key = is_dict ? unify(keys, want_key) : nullptr;
  if (values.empty() && !want_value) {
    error(DiagnosticKind::TypeMismatch, expr,
          "cannot tell the item type of an empty {0}: annotate the variable, as in 'x: {1} = {2}'",
          display_name(expr->kind), is_dict ? "dict[str, int]" : fmt::format("{}[int]", display_name(expr->kind)),
          is_dict ? "{}" : expr->kind == ast::NodeKind::List ? "[]" : "set()");
    return nullptr;
  }
  if (!value || (is_dict && !key)) return nullptr;
  // An empty display takes its types from the annotation, which the annotation check covers.
  if (expr->kind != ast::NodeKind::List && !values.empty() &&
      !hashable_items(is_dict ? keys.front() : values.front(), is_dict ? key : value))
    return nullptr;
  if (expr->kind == ast::NodeKind::List) return record(expr, types().list(value));
  if (expr->kind == ast::NodeKind::Set) return record(expr, types().set(value));
  return record(expr, types().dict(key, value));
}

bool Inferrer::hashable_items(ast::ExprNode* item, TypeRef type) {
  std::string part = unhashable_part(type);
  if (part.empty()) return true;
  error(DiagnosticKind::TypeMismatch, item, "unhashable type: '{}': set items and dict keys must be hashable (a tuple, not a list)", part);
  return false;
}

TypeRef Inferrer::infer_comprehension(ast::ExprNode* expr) {
  expected_ = nullptr;
  const std::vector<ast::Comprehension*>* generators = nullptr;
  if (auto* c = ast::dyn_cast<ast::ListComp>(expr)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::SetComp>(expr)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::DictComp>(expr)) generators = &c->generators;
  if (auto* c = ast::dyn_cast<ast::GeneratorExp>(expr)) generators = &c->generators;
  scopes_.emplace_back();
  bool ok = true;
  for (ast::Comprehension* generator : *generators) {
    if (generator->is_async) {
      error(DiagnosticKind::UnsupportedExpression, generator->iter, "async comprehensions are not supported");
      ok = false;
      break;
    }
    TypeRef iter = infer_expr(generator->iter);
    TypeRef item = iter ? item_type(types(), iter) : nullptr;
    if (iter && !item)
      error(DiagnosticKind::TypeMismatch, generator->iter, "'{}' object is not iterable", type_name(iter));
    if (!item) {
      ok = false;
      item = types().unknown();
    }
    bind_scoped(generator->target, item);
    for (ast::ExprNode* condition : generator->ifs)
      if (TypeRef test = infer_expr(condition)) truth_testable(condition, test);
  }
  TypeRef result = nullptr;
  if (ok) {
    if (auto* c = ast::dyn_cast<ast::DictComp>(expr)) {
      TypeRef key = infer_expr(c->key);
      TypeRef value = infer_expr(c->value);
      if (key && value && hashable_items(c->key, key)) result = types().dict(key, value);
    } else {
      ast::ExprNode* element = expr->kind == ast::NodeKind::ListComp  ? ast::cast<ast::ListComp>(*expr).elt
                               : expr->kind == ast::NodeKind::SetComp ? ast::cast<ast::SetComp>(*expr).elt
                                                                      : ast::cast<ast::GeneratorExp>(*expr).elt;
      if (TypeRef item = infer_expr(element); item && (expr->kind != ast::NodeKind::SetComp || hashable_items(element, item))) {
        result = expr->kind == ast::NodeKind::ListComp  ? types().list(item)
                 : expr->kind == ast::NodeKind::SetComp ? types().set(item)
                                                        : types().iterator(item);
      }
    }
  }
  scopes_.pop_back();
  return result ? record(expr, result) : nullptr;
}

TypeRef Inferrer::infer_callable_argument(ast::ExprNode* arg, const std::vector<TypeRef>& params) {
  if (ast::Lambda* lambda = builtin_value(arg, params.size())) {  // key=len: lambda a: len(a)
    TypeRef result = infer_callable_argument(lambda, params);
    if (result) spec_->callables_[arg] = spec_->callables_.at(lambda);
    return result;
  }
  if (auto* lambda = ast::dyn_cast<ast::Lambda>(arg)) {
    const ast::Arguments& args = *lambda->args;
    if (!args.posonlyargs.empty() || args.vararg || !args.kwonlyargs.empty() || args.kwarg || !args.defaults.empty()) {
      error(DiagnosticKind::UnsupportedExpression, arg, "a lambda passed here takes plain parameters (lambda x: ...)");
      return nullptr;
    }
    if (args.args.size() != params.size()) {
      error(DiagnosticKind::BadCallArguments, arg, "this lambda takes {} parameter{} but is called with {}",
            args.args.size(), args.args.size() == 1 ? "" : "s", params.size());
      return nullptr;
    }
    scopes_.emplace_back();
    for (std::size_t i = 0; i < params.size(); ++i) {
      std::string cpp = fmt::format("{}_s{}", args.args[i]->arg, scopes_.size());
      scopes_.back()[args.args[i]->arg] = {params[i], cpp};
      spec_->scoped_names_[args.args[i]] = cpp;
    }
    TypeRef result = infer_expr(lambda->body);
    scopes_.pop_back();
    if (!result) return nullptr;
    std::vector<TypeRef> signature = params;
    signature.push_back(result);
    spec_->callables_[arg] = types().callable(std::move(signature));
    return result;
  }
  auto* name = ast::dyn_cast<ast::Name>(arg);
  FunctionInfo* function = nullptr;
  if (name) {
    const LocalInfo* local = spec_->find_local(name->id);
    if (!local) local = find_enclosing_local(name->id);
    function = local && local->type_->is(TypeKind::FunctionRef) ? find_function(local->type_->dtype_)
               : local                                            ? nullptr
                                                                  : find_function(name->id);
  }
  if (!function) {
    error(DiagnosticKind::TypeMismatch, arg, "a function is expected here: a lambda or the name of a function");
    return nullptr;
  }
  if (function->param_names_.size() != params.size()) {
    error(DiagnosticKind::BadCallArguments, arg, "'{}' takes {} parameter{} but is called with {} here", name->id,
          function->param_names_.size(), function->param_names_.size() == 1 ? "" : "s", params.size());
    return nullptr;
  }
  std::vector<TypeRef> actual = params;
  for (std::size_t i = 0; i < params.size(); ++i) {
    TypeRef annotated = function->param_annotations_[i];
    if (!annotated) continue;
    if (!implicitly_converts(params[i], annotated)) {
      error(DiagnosticKind::BadCallArguments, arg, "'{}' is called with a '{}' for parameter '{}', annotated '{}'",
            name->id, type_name(params[i]), function->param_names_[i], type_name(annotated));
      return nullptr;
    }
    actual[i] = annotated;
  }
  int index = specialize(*function, actual);
  TypeRef result = m_.specializations_[static_cast<std::size_t>(index)]->return_type_;
  if (contains_unknown(result)) used_unknown_ = true;
  spec_->function_values_[arg] = index;
  std::vector<TypeRef> signature = actual;
  signature.push_back(result);
  spec_->callables_[arg] = types().callable(std::move(signature));
  return result;
}

TypeRef Inferrer::infer_container_subscript(ast::Subscript* subscript, TypeRef container) {
  if (auto* slice = ast::dyn_cast<ast::Slice>(subscript->slice)) {
    if (container->is(TypeKind::Dict)) {
      error(DiagnosticKind::TypeMismatch, subscript->slice, "a dict cannot be sliced");
      return nullptr;
    }
    bool ok = true;
    for (ast::ExprNode* bound : {slice->lower, slice->upper, slice->step}) {
      if (!bound) continue;
      TypeRef type = infer_expr(bound);
      if (type && !type->is(TypeKind::Int) && !type->is(TypeKind::Bool) && !type->is(TypeKind::None) &&
          !type->is(TypeKind::Unknown)) {
        error(DiagnosticKind::TypeMismatch, bound, "slice indices must be integers or None, not '{}'", type_name(type));
        ok = false;
      }
      if (!type) ok = false;
    }
    return ok ? record(subscript, container) : nullptr;
  }
  TypeRef key = infer_expr(subscript->slice);
  if (!key) return nullptr;
  if (container->is(TypeKind::Dict)) {
    if (!contains_unknown(key) && !implicitly_converts(key, container->elements_[0])) {
      error(DiagnosticKind::TypeMismatch, subscript->slice, "a '{}' key cannot index a '{}'", type_name(key),
            type_name(container));
      return nullptr;
    }
    return record(subscript, container->elements_[1]);
  }
  if (!key->is(TypeKind::Int) && !key->is(TypeKind::Bool) && !key->is(TypeKind::Unknown)) {
    error(DiagnosticKind::TypeMismatch, subscript->slice, "{} indices must be integers or slices, not '{}'",
          container->is(TypeKind::Str) ? "string" : "list", type_name(key));
    return nullptr;
  }
  return record(subscript, container->is(TypeKind::Str) ? container : container->elements_[0]);
}

void Inferrer::bind_container_store(ast::Subscript* target, TypeRef container, TypeRef value) {
  if (container->is(TypeKind::Str) || container->is(TypeKind::Set)) {
    error(DiagnosticKind::TypeMismatch, target, "'{}' object does not support item assignment", type_name(container));
    return;
  }
  if (ast::dyn_cast<ast::Slice>(target->slice)) {
    error(DiagnosticKind::UnsupportedStatement, target, "assignment to a slice of a list is not supported yet");
    return;
  }
  TypeRef item = infer_container_subscript(target, container);
  if (!item) return;
  if (!contains_unknown(value) && !implicitly_converts(value, item))
    error(DiagnosticKind::TypeMismatch, target, "cannot store a '{}' in a '{}'", type_name(value), type_name(container));
}

TypeRef Inferrer::infer_membership(ast::ExprNode* where, TypeRef item, TypeRef container) {
  TypeRef want = nullptr;
  if (container->is(TypeKind::List) || container->is(TypeKind::Set) || container->is(TypeKind::Dict))
    want = container->elements_[0];
  else if (container->is(TypeKind::Str))
    want = container;
  else if (container->is(TypeKind::Tuple))
    return types().boolean();  // any item compares with ==
  if (!want) {
    error(DiagnosticKind::TypeMismatch, where, "argument of type '{}' is not iterable", type_name(container));
    return nullptr;
  }
  if (item != want && !(item->is_number() && want->is_number())) {
    error(DiagnosticKind::TypeMismatch, where, "'in <{}>' requires a '{}' as left operand, not '{}'",
          type_name(container), type_name(want), type_name(item));
    return nullptr;
  }
  return types().boolean();
}

}  // namespace pycxx
