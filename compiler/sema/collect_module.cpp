// Module level: the docstring, imports, constants and top-level functions. Everything else
// at module level (loops, classes, bare expressions) gets a diagnostic saying where to move
// it. Neighbours: analyze_module in infer_function.cpp (drives this), annotation.cpp (parameter types).
#include <algorithm>
#include <cctype>

#include "compiler/sema/inferrer.hpp"

namespace pycxx {
namespace {

bool is_main_guard(const ast::If& stmt) {
  auto* cmp = ast::dyn_cast<ast::Compare>(stmt.test);
  if (!cmp || cmp->ops.size() != 1 || cmp->ops[0] != ast::CmpOpKind::Eq) return false;
  auto* name = ast::dyn_cast<ast::Name>(cmp->left);
  auto* text = ast::dyn_cast<ast::Constant>(cmp->comparators[0]);
  return name && name->id == "__name__" && text && text->value.kind == ast::ConstantValue::Kind::Str &&
         text->value.text == "__main__";
}

// Modules whose names sema may see: those the shim registry has functions for, plus the
// typing modules whose names only appear in annotations.
bool module_known(std::string_view name) {
  if (name == "typing" || name == "__future__" || name == "numpy.typing" || name == "collections.abc") return true;
  for (const auto& shim : shims::all_shims())
    if (shim.module == name || (shim.module.size() > name.size() && shim.module.substr(0, name.size()) == name &&
                                shim.module[name.size()] == '.'))
      return true;
  return false;
}

// The statements module level accepts; every other kind is Other (one diagnostic).
enum class ModuleStmt { Import, ImportFrom, FunctionDef, Assign, ExprStmt, If, ClassDef, Pass, Other };
ModuleStmt module_statement(ast::NodeKind kind) {
  using K = ast::NodeKind;
  if (kind == K::Import) return ModuleStmt::Import;
  if (kind == K::ImportFrom) return ModuleStmt::ImportFrom;
  if (kind == K::FunctionDef) return ModuleStmt::FunctionDef;
  if (kind == K::Assign || kind == K::AnnAssign) return ModuleStmt::Assign;
  if (kind == K::ExprStmt) return ModuleStmt::ExprStmt;
  if (kind == K::If) return ModuleStmt::If;
  if (kind == K::ClassDef) return ModuleStmt::ClassDef;
  if (kind == K::Pass) return ModuleStmt::Pass;
  return ModuleStmt::Other;
}

// How Python spells a statement kind: 'for', 'del', 'async def'.
std::string statement_keyword(ast::NodeKind kind) {
  using K = ast::NodeKind;
  if (kind == K::Delete) return "del";
  if (kind == K::AugAssign) return "augmented assignment";
  if (kind == K::AsyncFunctionDef) return "async def";
  if (kind == K::AsyncFor) return "async for";
  if (kind == K::AsyncWith) return "async with";
  if (kind == K::TryStar) return "try";
  std::string name(ast::node_kind_name(kind));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace

std::optional<std::string> docstring_of(const ast::StmtList& body) {
  if (body.empty()) return std::nullopt;
  auto* expr = ast::dyn_cast<ast::ExprStmt>(body.front());
  auto* text = expr ? ast::dyn_cast<ast::Constant>(expr->value) : nullptr;
  if (!text || text->value.kind != ast::ConstantValue::Kind::Str) return std::nullopt;
  return text->value.text;
}

void Inferrer::collect(ast::Module& module) {
  m_.module_ = &module;
  m_.docstring_ = docstring_of(module.body).value_or("");
  for (ast::StmtNode* stmt : module.body) {
    switch (module_statement(stmt->kind)) {
      case ModuleStmt::Import: {
        for (ast::Alias* alias : ast::cast<ast::Import>(*stmt).names) {
          if (!module_known(alias->name)) {
            error(DiagnosticKind::UnsupportedImport, alias,
                  "module '{}' is not supported: pycxx compiles imports of math and numpy", alias->name);
            continue;
          }
          // `import numpy.typing` binds `numpy`; `import numpy.typing as npt` binds npt.
          std::string bound = alias->asname ? *alias->asname : alias->name.substr(0, alias->name.find('.'));
          m_.module_aliases_[bound] = alias->asname ? alias->name : bound;
        }
        break;
      }
      case ModuleStmt::ImportFrom: {
        auto& from = ast::cast<ast::ImportFrom>(*stmt);
        std::string name = from.module.value_or("");
        if (from.level != 0 || !module_known(name)) {
          error(DiagnosticKind::UnsupportedImport, stmt,
                "module '{}' is not supported: pycxx compiles imports of math and numpy",
                std::string(from.level, '.') + name);
          break;
        }
        for (ast::Alias* alias : from.names) {
          std::string bound = alias->asname ? *alias->asname : alias->name;
          if (name == "__future__" || name == "typing" || name == "numpy.typing" || name == "collections.abc") continue;
          if (alias->name == "*") {
            error(DiagnosticKind::UnsupportedImport, alias, "'from {} import *' is not supported: import the names you use",
                  name);
          } else if (shims::find_shims(name, alias->name).empty() && !module_known(name + "." + alias->name)) {
            error(DiagnosticKind::UnsupportedImport, alias, "'{}' is not a supported member of module '{}'", alias->name,
                  name);
          } else if (module_known(name + "." + alias->name) && shims::find_shims(name, alias->name).empty()) {
            m_.module_aliases_[bound] = name + "." + alias->name;
          } else {
            m_.imported_names_[bound] = {name, alias->name};
          }
        }
        break;
      }
      case ModuleStmt::FunctionDef: {
        auto& def = ast::cast<ast::FunctionDef>(*stmt);
        if (!def.decorator_list.empty())
          error(DiagnosticKind::UnsupportedStatement, def.decorator_list.front(),
                "decorators are not supported: remove the decorator of '{}'", def.name);
        if (find_function(def.name)) {
          error(DiagnosticKind::UnsupportedStatement, stmt, "function '{}' is defined twice", def.name);
          break;
        }
        auto info = std::make_unique<FunctionInfo>();
        info->def_ = &def;
        info->name_ = def.name;
        info->docstring_ = docstring_of(def.body).value_or("");
        info->generator_ = contains_yield(def.body);
        ast::Arguments& args = *def.args;
        if (!args.posonlyargs.empty() || args.vararg || args.kwarg || !args.kwonlyargs.empty())
          error(DiagnosticKind::UnsupportedStatement, stmt,
                "function '{}' has positional-only, keyword-only, *args or **kwargs parameters, which are not supported "
                "yet: use plain parameters",
                def.name);
        bool all_annotated = true;
        std::size_t first_default = args.args.size() - std::min(args.args.size(), args.defaults.size());
        for (std::size_t i = 0; i < args.args.size(); ++i) {
          ast::Arg* arg = args.args[i];
          info->param_names_.push_back(arg->arg);
          TypeRef type = arg->annotation ? read_annotation(arg->annotation) : nullptr;
          if (!arg->annotation) all_annotated = false;
          if (arg->annotation && !type) type = types().unknown();
          info->param_annotations_.push_back(type);
          info->param_defaults_.push_back(i >= first_default ? args.defaults[i - first_default] : nullptr);
        }
        if (def.returns) {
          info->return_annotation_ = value_type_of(types(), read_annotation(def.returns));
          if (!info->return_annotation_) info->return_annotation_ = types().unknown();
        }
        bool is_public = def.name.empty() || def.name[0] != '_';
        info->exported_ = is_public && all_annotated;
        if (is_public && !all_annotated)
          error(DiagnosticKind::ExportedWithoutAnnotations, stmt,
                "public function '{}' is not exported because not all its parameters are annotated; annotate them to "
                "call it from Python",
                def.name);
        m_.functions_.push_back(std::move(info));
        break;
      }
      case ModuleStmt::Assign:
      {
        ast::ExprNode* target = nullptr;
        ast::ExprNode* value = nullptr;
        if (auto* assign = ast::dyn_cast<ast::Assign>(stmt)) {
          if (assign->targets.size() == 1) target = assign->targets[0];
          value = assign->value;
        } else {
          auto& ann = ast::cast<ast::AnnAssign>(*stmt);
          target = ann.target;
          value = ann.value;
        }
        auto* name = ast::dyn_cast<ast::Name>(target);
        if (!name || !value) {
          error(DiagnosticKind::UnsupportedStatement, stmt,
                "only 'NAME = value' is supported at module level (a module-level constant)");
          break;
        }
        if (auto* subscript = ast::dyn_cast<ast::Subscript>(value);
            subscript && numpy_attribute(subscript->value) == "ndarray") {
          // `Vec = np.ndarray[...]` names a type, not a value: annotations may use it.
          if (TypeRef type = read_array_annotation(subscript)) m_.type_aliases_[name->id] = type;
          break;
        }
        if (find_constant(name->id)) {
          error(DiagnosticKind::UnsupportedStatement, stmt,
                "module-level name '{}' is assigned twice: module-level values must be constants", name->id);
          break;
        }
        auto info = std::make_unique<ConstantInfo>();
        info->name_ = name->id;
        info->stmt_ = ast::dyn_cast<ast::Assign>(stmt);
        info->value_ = value;
        m_.constants_.push_back(std::move(info));
        break;
      }
      case ModuleStmt::ExprStmt:
        if (stmt == module.body.front() && docstring_of(module.body)) break;
        error(DiagnosticKind::UnsupportedStatement, stmt,
              "module-level expressions are not compiled: move this code into a function");
        break;
      case ModuleStmt::If:
        if (is_main_guard(ast::cast<ast::If>(*stmt))) break;  // runs only under CPython, never compiled
        error(DiagnosticKind::UnsupportedStatement, stmt,
              "module-level 'if' statements are not compiled: move this code into a function");
        break;
      case ModuleStmt::ClassDef:
        error(DiagnosticKind::UnsupportedClass, stmt, "class definitions are not supported");
        break;
      case ModuleStmt::Pass:
        break;
      case ModuleStmt::Other:
        if (stmt->kind == ast::NodeKind::AsyncFunctionDef) {  // a definition, not code to move into one
          error(DiagnosticKind::UnsupportedStatement, stmt,
                "async functions are not supported: pycxx compiles 'def' functions (remove 'async' and 'await')");
          break;
        }
        error(DiagnosticKind::UnsupportedStatement, stmt,
              "module-level '{}' statements are not compiled: move this code into a function",
              statement_keyword(stmt->kind));
        break;
    }
  }
}

FunctionInfo* Inferrer::find_function(const std::string& name) const {
  for (; indexed_functions_ < m_.functions_.size(); ++indexed_functions_)
    functions_by_name_.try_emplace(m_.functions_[indexed_functions_]->name_, m_.functions_[indexed_functions_].get());
  for (; indexed_nested_ < m_.nested_functions_.size(); ++indexed_nested_)  // a closure, by its key "outer.inner"
    nested_by_key_.try_emplace(m_.nested_functions_[indexed_nested_]->key_, m_.nested_functions_[indexed_nested_].get());
  if (auto it = functions_by_name_.find(name); it != functions_by_name_.end()) return it->second;
  auto it = nested_by_key_.find(name);
  return it == nested_by_key_.end() ? nullptr : it->second;
}

const ConstantInfo* Inferrer::find_constant(const std::string& name) const {
  for (const auto& constant : m_.constants_)
    if (constant->name_ == name) return constant.get();
  return nullptr;
}

std::vector<const shims::ShimFunction*> Inferrer::shims_for_name(const std::string& name) const {
  if (auto it = m_.imported_names_.find(name); it != m_.imported_names_.end())
    return shims::find_shims(it->second.first, it->second.second);
  return shims::find_shims("builtins", name);
}

}  // namespace pycxx
