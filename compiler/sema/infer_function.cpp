// Specialisations: a function inferred at concrete parameter types, with the return type
// found by a fixpoint when the function is recursive (silent passes until the return type
// is stable, then one pass that reports). Also the module entry point analyze_module.
// Neighbours: infer_stmt.cpp (bodies), infer_call.cpp (makes specialisations at call sites).
#include <algorithm>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {

const LocalInfo* Specialization::find_local(const std::string& name) const {
  for (; indexed_locals_ < locals_.size(); ++indexed_locals_) local_index_.try_emplace(locals_[indexed_locals_].name_, indexed_locals_);
  auto it = local_index_.find(name);
  return it == local_index_.end() ? nullptr : &locals_[it->second];
}

TypeRef Specialization::type_of(const ast::Node* node) const {
  auto it = expr_types_.find(node);
  return it == expr_types_.end() ? nullptr : it->second;
}

bool Inferrer::report(DiagnosticKind kind, SourceRange range, std::string message, SourceRange note_range,
                      std::string note) {
  ++error_count_;
  if (!report_) return false;
  if (!reported_.insert({range.begin.line, range.begin.column, message}).second) return false;
  auto handle = diagnostics_.emit(kind, range, std::move(message));
  if (!note.empty()) handle.note(note_range, std::move(note));
  return true;
}

namespace {

// A generator function's type: an Iterator of the one type it yields (checked against an
// Iterator[T] / Generator[T, ...] annotation).
TypeRef generator_type(Inferrer& in, Specialization& spec) {
  FunctionInfo& function = *spec.function_;
  TypeRef item = nullptr;
  const ast::Node* first = nullptr;
  for (std::size_t i = 0; i < in.yields_.size(); ++i) {
    TypeRef type = in.yields_[i];
    if (contains_unknown(type)) continue;
    if (!item) {
      item = type;
      first = in.yield_nodes_[i];
    } else if (item != type) {
      in.report(DiagnosticKind::TypeMismatch, in.yield_nodes_[i]->range,
                fmt::format("generator '{}' yields a '{}' here but a '{}' elsewhere: a compiled generator yields one type",
                            function.name_, type_name(type), type_name(item)),
                first->range, fmt::format("yields a '{}' here", type_name(item)));
    }
  }
  TypeRef expected = function.return_annotation_;
  if (expected && !expected->is(TypeKind::Unknown)) {
    if (!expected->is(TypeKind::Iterator)) {
      in.report(DiagnosticKind::ReturnTypeMismatch, function.def_->range,
                fmt::format("generator '{}' is annotated '{}': annotate it Iterator[T] (collections.abc or typing)",
                            function.name_, type_name(expected)));
      return in.types().unknown();
    }
    if (item && !implicitly_converts(item, expected->elements_[0]))
      in.report(DiagnosticKind::ReturnTypeMismatch, first->range,
                fmt::format("generator '{}' yields a '{}' but its annotation says '{}'", function.name_,
                            type_name(item), type_name(expected)));
    return expected;
  }
  if (!item) return in.yields_.empty() && !in.used_unknown_ ? in.types().iterator(in.types().none()) : in.types().unknown();
  return in.types().iterator(item);
}

// One pass over the body of `spec`: fresh side tables, the return type joined from the
// `return` statements. Returns the joined return type (Unknown if none is known yet).
TypeRef infer_pass(Inferrer& in, Specialization& spec) {
  FunctionInfo& function = *spec.function_;
  spec.reset_locals();
  spec.expr_types_.clear();
  spec.calls_.clear();
  spec.globals_.clear();
  spec.maybe_unbound_reads_.clear();
  spec.flagged_locals_.clear();
  spec.unwrapped_reads_.clear();
  spec.static_conditions_.clear();
  spec.dead_statements_.clear();
  spec.scoped_names_.clear();
  spec.callables_.clear();
  spec.function_values_.clear();
  in.flow_.start_function(function.param_names_);
  for (std::size_t i = 0; i < function.param_names_.size(); ++i)
    spec.locals_.push_back({function.param_names_[i], spec.param_types_[i], function.def_->args->args[i], true});
  in.returns_.clear();
  in.return_nodes_.clear();
  in.yields_.clear();
  in.yield_nodes_.clear();
  in.used_unknown_ = false;
  const int errors_before = in.error_count_;
  spec.end_reachable_ = in.infer_block(function.def_->body);
  // A body with errors may have lost the yields or returns that would give its type: Unknown
  // then, not None, so that callers report nothing derived from this function's failure.
  if (in.error_count_ > errors_before) in.used_unknown_ = true;

  TypeContext& types = in.types();
  if (function.generator_) return generator_type(in, spec);
  if (function.return_annotation_) {
    TypeRef expected = function.return_annotation_;
    if (spec.end_reachable_ && !expected->is(TypeKind::None) && !expected->is(TypeKind::Optional) &&
        !expected->is(TypeKind::Unknown))
      in.report(DiagnosticKind::ReturnTypeMismatch, function.def_->range,
                fmt::format("function '{}' can reach its end without a return statement (returning None), but its "
                            "annotation says '{}'",
                            function.name_, type_name(expected)));
    // `-> float` returning numpy.float64 values: CPython returns the numpy scalar (annotations
    // convert nothing), so the compiled function does too, when every return is one numpy type.
    if (expected->is_number() && !expected->is(TypeKind::NumpyScalar) && !spec.end_reachable_) {
      TypeRef numpy = nullptr;
      for (TypeRef type : in.returns_) {
        if (contains_unknown(type)) continue;
        TypeRef joined = numpy ? join_scalars(types, numpy, type) : type;
        numpy = joined && joined->is(TypeKind::NumpyScalar) && implicitly_converts(joined, expected) ? joined : nullptr;
        if (!numpy) break;
      }
      if (numpy) return numpy;
    }
    return expected;
  }
  TypeRef joined = nullptr;
  const ast::Node* joined_at = nullptr;
  for (std::size_t i = 0; i < in.returns_.size(); ++i) {
    TypeRef type = in.returns_[i];
    if (contains_unknown(type)) continue;
    if (joined && join_types(types, joined, type)) type = joined = join_types(types, joined, type);
    if (!joined) {
      joined = type;
      joined_at = in.return_nodes_[i];
    } else if (joined != type) {
      in.report(DiagnosticKind::ReturnTypeMismatch, in.return_nodes_[i]->range,
                fmt::format("function '{}' returns '{}' here but '{}' elsewhere: a compiled function returns one type",
                            function.name_, type_name(type), type_name(joined)),
                joined_at->range, fmt::format("returns '{}' here", type_name(joined)));
    }
  }
  if (spec.end_reachable_) {
    if (joined && join_optional(types, joined, types.none())) joined = join_optional(types, joined, types.none());
    if (joined && !joined->is(TypeKind::None) && !joined->is(TypeKind::Optional))
      in.report(DiagnosticKind::ReturnTypeMismatch, function.def_->range,
                fmt::format("function '{}' returns '{}' but can also reach its end (returning None)", function.name_,
                            type_name(joined)));
    if (!joined) joined = types.none();
  }
  if (!joined) joined = in.returns_.empty() && !spec.end_reachable_ && !in.used_unknown_ ? types.none() : types.unknown();
  return joined;
}

}  // namespace

int Inferrer::specialize(FunctionInfo& function, const std::vector<TypeRef>& params) {
  // A closure lives in the specialisation of its enclosing function being inferred (called
  // from that body or from a sibling closure).
  Specialization* enclosing = nullptr;
  if (function.enclosing_ && spec_)
    enclosing = spec_->function_ == function.enclosing_ ? spec_ : spec_->enclosing_;
  std::vector<std::size_t>& of_function = specializations_of_[&function];
  for (std::size_t i : of_function) {
    Specialization& existing = *m_.specializations_[i];
    if (existing.function_ == &function && existing.param_types_ == params && existing.enclosing_ == enclosing) {
      if (existing.failed_ && report_ && !existing.in_progress_) break;  // inferred again, reporting its errors
      if (existing.failed_) ++error_count_;                              // the caller fails with it
      if (existing.in_progress_ || !contains_unknown(existing.return_type_)) return static_cast<int>(i);
    }
  }
  int index = -1;
  for (std::size_t i : of_function)
    if (m_.specializations_[i]->function_ == &function && m_.specializations_[i]->param_types_ == params &&
        m_.specializations_[i]->enclosing_ == enclosing)
      index = static_cast<int>(i);
  auto same_function = of_function.size();
  if (index < 0) {
    auto spec = std::make_unique<Specialization>();
    spec->function_ = &function;
    spec->param_types_ = params;
    spec->enclosing_ = enclosing;
    spec->return_type_ = function.return_annotation_ ? function.return_annotation_ : types().unknown();
    // Exported functions keep their Python name; internal ones get a numbered name per instance.
    spec->cpp_name_ = function.exported_ && same_function == 0 ? function.name_
                                                                 : fmt::format("{}__{}", function.name_, same_function);
    m_.specializations_.push_back(std::move(spec));
    index = static_cast<int>(m_.specializations_.size() - 1);
    of_function.push_back(m_.specializations_.size() - 1);
  }
  Specialization& spec = *m_.specializations_[index];

  // Save the caller's state: specialising is re-entrant (a call site in the middle of a body).
  Specialization* saved_spec = spec_;
  bool saved_report = report_;
  auto saved_returns = std::move(returns_);
  auto saved_nodes = std::move(return_nodes_);
  FlowFacts saved_flow = std::exchange(flow_, {});
  // The caller's expression scopes (a call inside a comprehension) are not the callee's.
  auto saved_scopes = std::exchange(scopes_, {});
  bool saved_unknown = used_unknown_;
  int saved_handlers = handler_depth_;  // a closure's bare raise has no enclosing except clause

  spec_ = &spec;
  spec.in_progress_ = true;
  handler_depth_ = 0;
  // Silent passes until the return type (recursion) and the locals' types (widened by
  // join_scalars) are stable, then one pass that reports.
  report_ = false;
  for (int pass = 0; pass < 8; ++pass) {
    widened_ = false;
    TypeRef result = infer_pass(*this, spec);
    bool stable = result == spec.return_type_ && !widened_;
    spec.return_type_ = result;
    if (stable) break;
  }
  report_ = saved_report;
  const int errors_before = error_count_;
  widened_ = false;
  spec.return_type_ = infer_pass(*this, spec);
  spec.failed_ = error_count_ > errors_before;
  spec.in_progress_ = false;

  spec_ = saved_spec;
  returns_ = std::move(saved_returns);
  return_nodes_ = std::move(saved_nodes);
  flow_ = std::move(saved_flow);
  scopes_ = std::move(saved_scopes);
  used_unknown_ = saved_unknown || contains_unknown(spec.return_type_);
  handler_depth_ = saved_handlers;
  return index;
}

void Inferrer::check_unresolved() {
  // A return type left unknown after another error (an unsupported call in the body) is that
  // error's consequence, not a recursion to annotate: say it only when nothing else was said.
  if (diagnostics_.has_errors()) return;
  for (const auto& spec : m_.specializations_)
    if (contains_unknown(spec->return_type_) && !spec->function_->return_annotation_)
      report(DiagnosticKind::CannotInferType, spec->function_->def_->range,
             fmt::format("cannot infer the return type of recursive function '{}': annotate it (def {}(...) -> int:)",
                         spec->function_->name_, spec->function_->name_));
}

bool contains_yield(const ast::StmtList& body) {
  std::vector<ast::Node*> stack(body.begin(), body.end());
  while (!stack.empty()) {
    ast::Node* node = stack.back();
    stack.pop_back();
    if (node->kind == ast::NodeKind::Yield || node->kind == ast::NodeKind::YieldFrom) return true;
    if (node->kind == ast::NodeKind::FunctionDef || node->kind == ast::NodeKind::Lambda ||
        node->kind == ast::NodeKind::ClassDef)
      continue;  // their own yields make them generators, not this function
    ast::for_each_child(node, [&](ast::Node* child) { stack.push_back(child); });
  }
  return false;
}

std::unique_ptr<ModuleSema> analyze_module(ast::Module& module, DiagnosticEmitter& diagnostics) {
  auto result = std::make_unique<ModuleSema>();
  Inferrer in(*result, diagnostics);
  in.collect(module);
  in.infer_constants();
  for (const auto& function : result->functions_) {
    if (!function->exported_) continue;
    in.specialize_exported(*function);
  }
  // Internal functions with every parameter annotated are checked even when nothing calls them.
  for (const auto& function : result->functions_) {
    bool annotated = std::all_of(function->param_annotations_.begin(), function->param_annotations_.end(),
                                 [](TypeRef t) { return t != nullptr; });
    if (!function->exported_ && annotated) in.specialize_exported(*function);
  }
  in.check_unresolved();
  in.check_exported_returns();
  in.drop_failed_trials();
  return result;
}

void Inferrer::specialize_exported(FunctionInfo& function) {
  std::vector<int>* exported = function.exported_ ? &m_.exported_ : nullptr;  // internal ones are only checked
  // Every combination of the parameters' alternatives (a union, an ndarray of any rank) that
  // type-checks becomes one compiled form, chosen at call time by the arguments.
  std::vector<std::vector<TypeRef>> combinations{{}};
  for (TypeRef annotation : function.param_annotations_) {
    std::vector<std::vector<TypeRef>> next;
    for (const auto& prefix : combinations)
      for (TypeRef alternative : alternatives(types(), annotation)) {
        next.push_back(prefix);
        next.back().push_back(alternative);
      }
    combinations = std::move(next);
  }
  if (combinations.size() > 64) {
    report(DiagnosticKind::UnsupportedAnnotation, function.def_->range,
           fmt::format("the parameter annotations of '{}' allow {} combinations of types: at most 64 compiled forms "
                       "are made; narrow the unions or give array ranks",
                       function.name_, combinations.size()));
    return;
  }
  if (combinations.size() == 1) {
    int index = specialize(function, combinations.front());
    if (exported) exported->push_back(index);
    return;
  }
  std::size_t kept = 0;
  bool saved = report_;
  report_ = false;
  for (const auto& params : combinations) {
    int index = specialize(function, params);
    if (!m_.specializations_[static_cast<std::size_t>(index)]->failed_) {
      if (exported) exported->push_back(index);
      ++kept;
    }
  }
  report_ = saved;
  // No form type-checks: the errors of the first one are the user's to see.
  if (kept == 0) {
    int index = specialize(function, combinations.front());
    if (exported) exported->push_back(index);
  }
}

void Inferrer::drop_failed_trials() {
  if (diagnostics_.has_errors()) return;  // the module is not compiled
  std::vector<int> remap(m_.specializations_.size(), -1);
  std::vector<std::unique_ptr<Specialization>> kept;
  for (std::size_t i = 0; i < m_.specializations_.size(); ++i) {
    if (m_.specializations_[i]->failed_) continue;
    remap[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(m_.specializations_[i]));
  }
  m_.specializations_ = std::move(kept);
  specializations_of_.clear();  // stale: no specialisation is made after this
  for (int& index : m_.exported_) index = remap[static_cast<std::size_t>(index)];
  for (const auto& spec : m_.specializations_) {
    for (auto& [call, target] : spec->calls_)
      if (target.kind_ == CallTarget::Kind::Function) target.specialization_ = remap[static_cast<std::size_t>(target.specialization_)];
    for (auto& [node, index] : spec->function_values_) index = remap[static_cast<std::size_t>(index)];
  }
}

}  // namespace pycxx
