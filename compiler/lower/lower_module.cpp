// The module: constants (in source order), one IR function per specialisation (parameters
// and locals typed by sema), and the exports with what the boundary needs (parameter names,
// defaults as written, docstrings, annotations as written for the .pyi).
// Neighbours: lower_stmt.cpp (bodies), emit/ (reads the result).
#include <fmt/format.h>

#include "compiler/lower/lowerer.hpp"

namespace pycxx {
namespace {

std::string source_text(const SourceFile& file, const ast::Node* node) {
  std::size_t begin = file.offset_of(node->range.begin);
  std::size_t end = file.offset_of(node->range.end);
  return file.text().substr(begin, end - begin);
}

}  // namespace

void lowering_bug(std::string_view what) {
  throw std::logic_error(fmt::format("lowering met {}, which sema accepts nowhere (a pycxx bug)", what));
}

std::string cpp_identifier(const std::string& name) {
  // A Python name ending in an underscore gets a second: the compiler's own names that derive
  // from a Python name (flags x_bound_, scoped x_s2_, specialisations f__0_) end in exactly one.
  return "py_" + name + (!name.empty() && name.back() == '_' ? "_" : "");
}

std::string scoped_identifier(const std::string& sema_name) { return cpp_identifier(sema_name) + "_"; }

std::string function_identifier(const Specialization& spec) {
  if (spec.cpp_name_ == spec.function_->name_) return cpp_identifier(spec.cpp_name_);
  return cpp_identifier(spec.cpp_name_) + "_";
}

std::unique_ptr<ir::Module> lower_module(const ModuleSema& sema, const SourceFile& file) {
  auto module = std::make_unique<ir::Module>();
  module->name_ = file.module_name();
  module->source_name_ = file.name();
  module->docstring_ = sema.docstring_;

  ir::Function& scope = module->constants_scope_;
  for (const auto& constant : sema.constants_) {
    if (!constant->type_) continue;
    Lowerer lower(sema, *sema.module_scope_, scope, *module);
    ir::Constant c{cpp_identifier(constant->name_), constant->type_, lower.expr(constant->value_),
                   constant->value_->range.begin.line, constant->name_};
    module->constants_.push_back(c);
  }

  for (const auto& spec : sema.specializations_) {
    auto function = std::make_unique<ir::Function>();
    function->name_ = function_identifier(*spec);
    function->python_name_ = spec->function_->name_;
    function->line_ = spec->function_->def_->range.begin.line;
    function->return_type_ = spec->return_type_;
    function->returns_at_end_ = spec->end_reachable_;
    function->generator_ = spec->function_->generator_;
    if (spec->enclosing_) {  // a closure: lowered inside its enclosing function (lower_closure.cpp)
      function->closure_ = true;
      module->functions_.push_back(std::move(function));
      continue;
    }
    for (const LocalInfo& local : spec->locals_)
      function->locals_.push_back({cpp_identifier(local.name_), local.type_, local.is_param_});
    for (const std::string& name : spec->flagged_locals_)  // std::set: sorted, so deterministic
      function->locals_.push_back({bound_flag(name), sema.types_->boolean(), false});
    Lowerer lower(sema, *spec, *function, *module);
    lower.block(spec->function_->def_->body, function->body_);
    sequence_operands(*function, lower.temps_);
    if (spec->end_reachable_ && !function->generator_) {  // a generator ends by falling off its end
      ir::Stmt* ret = function->make_stmt(ir::StmtKind::Return, spec->function_->def_->range.end.line);
      ret->value_ = lower.convert(lower.literal(sema.types_->none(), "pycxx::none"), function->return_type_);
      function->body_.push_back(ret);
    }
    module->functions_.push_back(std::move(function));
  }

  for (int index : sema.exported_) {
    const Specialization& spec = *sema.specializations_[index];
    const FunctionInfo& info = *spec.function_;
    ir::Export e;
    e.function_ = index;
    e.name_ = info.name_;
    e.param_names_ = info.param_names_;
    e.param_types_ = spec.param_types_;
    e.docstring_ = info.docstring_;
    if (info.def_->returns) e.return_annotation_ = source_text(file, info.def_->returns);
    Lowerer lower(sema, *sema.module_scope_, scope, *module);
    for (std::size_t i = 0; i < info.param_names_.size(); ++i) {
      e.param_annotations_.push_back(source_text(file, info.def_->args->args[i]->annotation));
      ast::ExprNode* def = info.param_defaults_[i];
      e.param_defaults_.push_back(def ? source_text(file, def) : std::string());
      ir::Value* value = nullptr;
      if (def) {
        // Defaults are constants: typed in the module scope by sema when it bound a call;
        // here they are lowered with their own types read again. A form of a union parameter
        // that the default does not fit (the int form of `axis: int | None = None`) has none.
        value = lower.expr(def);
        TypeRef type = sema.module_scope_->type_of(def);
        if (value && type && implicitly_converts(type, spec.param_types_[i])) value = lower.convert(value, spec.param_types_[i]);
        else value = nullptr;
      }
      e.default_values_.push_back(value);
    }
    module->exports_.push_back(std::move(e));
  }
  return module;
}

}  // namespace pycxx
