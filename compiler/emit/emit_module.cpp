// The translation unit: includes (the boundary first, since Python.h must precede the
// standard headers; then the scalar runtime and the shims the module calls), the compiled
// code in a namespace named after the module (constants, declarations, functions), then
// the boundary: one argument-converting wrapper per exported function and PyInit_<module>.
// Neighbours: emit_function.cpp, emit_value.cpp, runtime/pycxx/python/module.hpp.
#include <fmt/format.h>

#include <algorithm>

#include "compiler/emit/emitter.hpp"
#include "compiler/source/module_init.hpp"

namespace pycxx {
namespace {

std::string quoted(const std::string& text) { return cpp_string_literal(text); }

// Whether a value reads or writes a Python object: scalar code never does, so the GIL is
// released around every call of a compiled scalar function.
bool scalar_only(TypeRef type) {
  if (type->is(TypeKind::Tuple)) {
    for (TypeRef element : type->elements_)
      if (!scalar_only(element)) return false;
    return true;
  }
  return type->is_number() || type->is(TypeKind::None);
}

bool is_array(TypeRef type) {
  if (type->is(TypeKind::NDArray)) return true;
  for (TypeRef element : type->elements_)
    if (is_array(element)) return true;
  return false;
}

// A list, dict or set argument, or a tuple holding one: written back after the call.
bool writes_back(TypeRef type) {
  if (is_mutable_container(type)) return true;
  if (!type->is(TypeKind::Tuple)) return false;
  for (TypeRef element : type->elements_)
    if (writes_back(element)) return true;
  return false;
}

bool is_container(TypeRef type) {
  if (type->is(TypeKind::Str) || is_mutable_container(type)) return true;
  for (TypeRef element : type->elements_)
    if (is_container(element)) return true;
  return false;
}

// Whether a .pyi stub spells a numpy type for it (an array or a numpy scalar).
bool names_numpy(TypeRef type) {
  if (type->is(TypeKind::NDArray) || type->is(TypeKind::NumpyScalar)) return true;
  for (TypeRef element : type->elements_)
    if (names_numpy(element)) return true;
  return false;
}

// Whether any value or local of the module has a type that `has` accepts.
template <class Has>
bool uses(const ir::Value* v, Has&& has);
template <class Has>
bool uses(const std::vector<ir::Stmt*>& body, Has&& has) {
  for (const ir::Stmt* s : body) {
    if (uses(s->value_, has) || uses(s->body_, has) || uses(s->orelse_, has) || uses(s->handlers_, has)) return true;
    for (const ir::Value* v : s->range_)
      if (uses(v, has)) return true;
  }
  return false;
}
template <class Has>
bool uses(const ir::Value* v, Has&& has) {
  if (!v) return false;
  if (v->type_ && has(v->type_)) return true;
  for (const ir::Value* operand : v->operands_)
    if (uses(operand, has)) return true;
  for (const ir::Local& local : v->block_locals_)
    if (has(local.type_)) return true;
  return uses(v->body_, has);
}
template <class Has>
bool module_uses(const ir::Module& module, Has&& has) {
  for (const auto& f : module.functions_) {
    if (f->return_type_ && has(f->return_type_)) return true;
    for (const ir::Local& local : f->locals_)
      if (has(local.type_)) return true;
    if (uses(f->body_, has)) return true;  // only inside an expression: float(np.sum(a * a))
  }
  for (const ir::Constant& c : module.constants_)
    if (has(c.type_)) return true;
  return false;
}

bool has_for_each(const std::vector<ir::Stmt*>& body);
bool has_for_each(const ir::Value* v) {
  if (!v) return false;
  for (const ir::Value* operand : v->operands_)
    if (has_for_each(operand)) return true;
  return has_for_each(v->body_);
}
bool has_for_each(const std::vector<ir::Stmt*>& body) {
  for (const ir::Stmt* s : body)
    if (s->kind_ == ir::StmtKind::ForEach || has_for_each(s->value_) || has_for_each(s->body_) ||
        has_for_each(s->orelse_) || has_for_each(s->handlers_))
      return true;
  return false;
}
bool module_has_for_each(const ir::Module& module) {
  return std::any_of(module.functions_.begin(), module.functions_.end(),
                     [](const auto& f) { return has_for_each(f->body_); });
}

// Whether computing v cannot raise: module-level values that may raise are computed through
// pycxx::python::module_value, so that the exception is raised from the import (not
// std::terminate at load); those that cannot stay plain constants the optimiser can fold.
bool cannot_raise(const ir::Value* v) {
  const ir::InstKind k = v->kind_;
  if (k != ir::InstKind::Literal && k != ir::InstKind::Global && k != ir::InstKind::Convert &&
      k != ir::InstKind::MakeTuple && k != ir::InstKind::Operator)
    return false;
  return std::all_of(v->operands_.begin(), v->operands_.end(), cannot_raise);
}

// The C++ error slot module_value fills (module.hpp), named as the emitter's other pycxx_ names.
constexpr const char* module_error = "pycxx_module_error_";

}  // namespace

bool module_uses_numpy(const ir::Module& module) { return module_uses(module, is_array); }

void CppEmitter::wrapper(std::size_t first, std::size_t last, const std::string& ns) {
  const ir::Export& e = module_.exports_[first];
  std::size_t count = e.param_names_.size();
  std::size_t required = 0;
  while (required < count && e.param_defaults_[required].empty()) ++required;
  if (count == 0) {
    out_ += fmt::format("constexpr pycxx::python::signature {}_signature{{{}}};\n", e.name_, quoted(e.name_));
  } else {
    std::string names;
    for (const std::string& name : e.param_names_) names += (names.empty() ? "" : ", ") + quoted(name);
    out_ += fmt::format("constexpr const char* {}_parameters[] = {{{}}};\n", e.name_, names);
    out_ += fmt::format("constexpr pycxx::python::signature {0}_signature{{{1}, {0}_parameters, {2}}};\n", e.name_,
                        quoted(e.name_), required);
  }
  // Forms are tried in turn when there are several, or when the one form cannot take a default
  // (the float form of `limit: float | None = None` called without limit raises TypeError).
  bool several = last - first > 1;
  for (std::size_t i = 0; i < count; ++i) several = several || (!e.param_defaults_[i].empty() && !e.default_values_[i]);
  out_ += fmt::format("PyObject* {}_wrapper(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {{\n",
                      e.name_);
  // A generator goes back as a Python iterator that keeps the call's argument objects alive.
  bool generator = module_.functions_[static_cast<std::size_t>(e.function_)]->return_type_->is(TypeKind::Iterator);
  out_ += fmt::format("  return pycxx::python::call_exported<{0}>({1}_signature, args, nargs, kwnames,\n"
                      "      [{3}]([[maybe_unused]] const pycxx::python::bound_arguments<{0}>& arguments){2} {{\n",
                      count, e.name_, several ? " -> PyObject*" : "", generator ? "&" : "");
  std::string accepted;
  for (std::size_t k = first; k < last; ++k) {
    const ir::Export& form = module_.exports_[k];
    const ir::Function& f = *module_.functions_[static_cast<std::size_t>(form.function_)];
    std::string indent = several ? "          " : "        ";
    if (several) {
      // This form takes the arguments when each converts (or is left to a default it can take).
      std::string condition;
      for (std::size_t i = 0; i < count; ++i) {
        std::string converts = fmt::format("arguments.converts<{}>({})", cpp_type(form.param_types_[i]), i);
        std::string test = form.param_defaults_[i].empty() ? converts
                           : fmt::format("(arguments.passed({}) ? {} : {})", i, converts,
                                         form.default_values_[i] ? "true" : "false");
        condition += (condition.empty() ? "" : " &&\n            ") + test;
      }
      out_ += fmt::format("        if ({}) {{\n", condition.empty() ? "true" : condition);
      std::string params;
      for (std::size_t i = 0; i < count; ++i) params += (i ? ", " : "") + form.param_names_[i] + ": " + type_name(form.param_types_[i]);
      accepted += fmt::format("    {}({})\n", form.name_, params);
    }
    std::string call_args;
    bool scalar = scalar_only(f.return_type_);
    for (std::size_t i = 0; i < count; ++i) {
      std::string type = cpp_type(form.param_types_[i]);
      const std::string& local = f.locals_[i].name_;
      scalar = scalar && scalar_only(form.param_types_[i]);
      if (form.default_values_[i])
        out_ += fmt::format("{}{} {} = arguments.get_or<{}>({}, {});\n", indent, type, local, type, i,
                            ns + "::" + default_name(k, i));
      else
        out_ += fmt::format("{}{} {} = arguments.get<{}>({});\n", indent, type, local, type, i);
      call_args += (call_args.empty() ? "" : ", ") + local;
    }
    // A list, dict or set argument is a copy in C++: what the function does to it is written
    // back into the caller's object (also when it raises), as CPython shows the mutation. The
    // same object passed twice (two(xs, xs)) is one C++ container too, so both names see
    // every mutation, as in CPython. A generator's body runs later, at each next(): its
    // arguments are written back after each resume (generator_object.hpp), not at the call.
    std::vector<std::string> commits;
    std::string generator_captures, generator_write_back;
    for (std::size_t i = 0; i < count; ++i) {
      if (!writes_back(form.param_types_[i]) || form.default_values_[i]) continue;
      const std::string& local = f.locals_[i].name_;
      for (std::size_t j = 0; j < i && is_mutable_container(form.param_types_[i]); ++j)
        if (!form.default_values_[j] && cpp_type(form.param_types_[j]) == cpp_type(form.param_types_[i]))
          out_ += fmt::format("{}if (arguments.object({}) == arguments.object({})) {} = {};\n", indent, j, i, local,
                              f.locals_[j].name_);
      if (generator) {
        generator_captures += fmt::format("{}object{} = arguments.object({}), {}", generator_captures.empty() ? "" : ", ", i, i, local);
        generator_write_back += fmt::format(" pycxx::python::write_back(object{}, {});", i, local);
        continue;
      }
      out_ += fmt::format("{}pycxx::python::write_back_scope<{}> {}_write_back_(arguments.object({}), {});\n", indent,
                          cpp_type(form.param_types_[i]), local, i, local);
      commits.push_back(local + "_write_back_.commit();");
    }
    std::string call = fmt::format("{}::{}({})", ns, f.name_, call_args);
    if (scalar)  // scalar code touches no Python object: the GIL is released around the call
      call = fmt::format("[&] {{ pycxx::python::gil_release nogil; return {}; }}()", call);
    // A numpy scalar result goes back as a numpy scalar object (numpy.float64, not float).
    if (generator)  // the argument objects stay alive with the generator (it holds them)
      call = fmt::format("pycxx::python::generator_object<{}>({}, args, nargs, kwnames{})",
                         boundary_type(f.return_type_->elements_[0]), call,
                         generator_write_back.empty() ? "" : ", [" + generator_captures + "] {" + generator_write_back + " }");
    else if (boundary_type(f.return_type_) != cpp_type(f.return_type_))
      call = fmt::format("{}({})", boundary_type(f.return_type_), call);
    if (!several && commits.empty()) {
      out_ += fmt::format("{}return {};\n", indent, call);
    } else {
      out_ += fmt::format("{}auto result = {};\n", indent, call);
      for (const std::string& commit : commits) out_ += indent + commit + "\n";
      if (several && f.return_type_->is(TypeKind::Iterator))
        out_ += indent + "return result;\n        }\n";
      else if (several)
        out_ += fmt::format("{}return pycxx::python::to_python<{}>(result);\n        }}\n", indent,
                            boundary_type(f.return_type_));
      else
        out_ += indent + "return result;\n";
    }
  }
  if (several) out_ += fmt::format("        arguments.raise_no_form({});\n", quoted(accepted));
  out_ += "      });\n}\n\n";
}

std::string CppEmitter::module_value(TypeRef type, const ir::Value* v) {
  if (cannot_raise(v)) return value(v);
  return fmt::format("pycxx::python::module_value<{0}>({1}, []() -> {0} {{ return {2}; }})", cpp_type(type), module_error,
                     value(v));
}

std::string CppEmitter::default_name(std::size_t form, std::size_t param) const {
  return fmt::format("pycxx_default_{}_{}_{}", module_.exports_[form].name_, form, param);
}

std::string CppEmitter::emit() {
  for (const ir::Constant& c : module_.constants_) collect_headers(c.value_);
  for (const auto& f : module_.functions_) collect_headers(f->body_);
  const std::string ns = "pycxx_module_" + module_.name_;
  const bool numpy = module_uses_numpy(module_);

  out_ += fmt::format("// Generated by pycxx from {}: do not edit (regenerate with `pycxx emit {}`).\n",
                      module_.source_name_, module_.source_name_);
  out_ += "#include \"pycxx/python/module.hpp\"  // first: Python.h precedes the standard headers\n\n";
  out_ += "#include <complex>\n#include <cstdint>\n#include <functional>\n#include <limits>\n#include <tuple>\n\n";
  out_ += "#include \"pycxx/errors.hpp\"\n";
  out_ += "#include \"pycxx/python/numpy_scalar.hpp\"\n";
  out_ += "#include \"pycxx/python/recursion_guard.hpp\"\n";
  if (numpy) out_ += "#include \"pycxx/array.hpp\"\n#include \"pycxx/python/ndarray_bridge.hpp\"\n";
  if (std::any_of(module_.functions_.begin(), module_.functions_.end(), [](const auto& f) { return f->generator_; }))
    out_ += "#include \"pycxx/generator.hpp\"\n#include \"pycxx/python/generator_object.hpp\"\n";
  // `for` over any iterable (a tuple, a generator, range(...) as a value) calls pycxx::iterate,
  // which the containers' protocol header defines.
  auto iterable = [](TypeRef type) { return is_container(type) || type->is(TypeKind::Iterator); };
  if (module_uses(module_, iterable) || module_has_for_each(module_))
    out_ += "#include \"pycxx/containers.hpp\"\n#include \"pycxx/python/containers_convert.hpp\"\n";
  for (const char* header : {"compare", "complex_ops", "float_ops", "int_ops", "none", "optional", "range"})
    out_ += fmt::format("#include \"pycxx/scalar/{}.hpp\"\n", header);
  for (const std::string& header : shim_headers_) out_ += fmt::format("#include \"{}\"\n", header);

  out_ += fmt::format("\nnamespace {} {{\n\n", ns);
  out_ += fmt::format("std::exception_ptr {};  // the first exception of module-level code\n", module_error);
  for (const ir::Constant& c : module_.constants_) {
    line(c.line_, 0);
    out_ += fmt::format("const {} {} = {};\n", cpp_type(c.type_), c.name_, module_value(c.type_, c.value_));
  }
  // A default is computed once, at load (CPython: at `def`), not at every call; after the
  // constants it may name.
  for (std::size_t k = 0; k < module_.exports_.size(); ++k)
    for (std::size_t i = 0; i < module_.exports_[k].default_values_.size(); ++i)
      if (const ir::Value* d = module_.exports_[k].default_values_[i])
        out_ += fmt::format("const {} {} = {};\n", cpp_type(module_.exports_[k].param_types_[i]), default_name(k, i),
                            module_value(module_.exports_[k].param_types_[i], d));
  if (!module_.constants_.empty()) out_ += "\n";
  // Internal linkage: the optimiser may inline and specialise freely (no interposition).
  for (const auto& f : module_.functions_)
    if (!f->closure_) out_ += "static " + function_signature(*f) + ";\n";  // closures live inside their function
  out_ += "\n";
  for (const auto& f : module_.functions_)
    if (!f->closure_) function(*f);
  out_ += fmt::format("}}  // namespace {}\n\n", ns);
  out_ += "// The boundary: argument conversion, the GIL, results back to Python.\n";
  if (options_.line_directives) {
    // Back to the C++ file's own lines: errors in the boundary code are not the .py's.
    std::size_t lines = static_cast<std::size_t>(std::count(out_.begin(), out_.end(), '\n'));
    out_ += fmt::format("#line {} \"{}.cpp\"\n", lines + 2, module_.name_);
  }

  out_ += "namespace {\n\n";
  for (std::size_t first = 0; first < module_.exports_.size();) {
    std::size_t last = first + 1;  // the forms of one function are adjacent
    while (last < module_.exports_.size() && module_.exports_[last].name_ == module_.exports_[first].name_) ++last;
    wrapper(first, last, ns);
    first = last;
  }
  out_ += "PyMethodDef methods[] = {\n";
  for (std::size_t k = 0; k < module_.exports_.size(); ++k) {
    const ir::Export& e = module_.exports_[k];
    if (k > 0 && module_.exports_[k - 1].name_ == e.name_) continue;  // another form of the same function
    std::string params;
    for (std::size_t i = 0; i < e.param_names_.size(); ++i) {
      params += ", " + e.param_names_[i];
      if (!e.param_defaults_[i].empty()) params += "=" + e.param_defaults_[i];
    }
    std::string doc = fmt::format("{}($module, /{})\n--\n\n{}", e.name_, params, e.docstring_);
    out_ += fmt::format("    pycxx::python::method({}, {}_wrapper, {}),\n", quoted(e.name_), e.name_, quoted(doc));
  }
  out_ += "    pycxx::python::method_table_end(),\n};\n";
  out_ += fmt::format("PyModuleDef module_def = pycxx::python::module_definition({}, {}, methods);\n\n",
                      quoted(module_.name_), module_.docstring_.empty() ? "nullptr" : quoted(module_.docstring_));
  out_ += "}  // namespace\n\n";
  const std::string init_function = module_init_function(module_.name_);  // PyInitU_ if non-ASCII
  out_ += fmt::format("PyMODINIT_FUNC {}() {{\n", init_function);
  if (numpy) out_ += "  if (pycxx::python::import_numpy() < 0) return nullptr;  // numpy's C API table\n";
  out_ += fmt::format("  if ({0}::{1}) return pycxx::python::raise_module_error({0}::{1});\n", ns, module_error);
  // A non-ASCII name (PyInitU_) needs PEP 489's multi-phase init; others keep single-phase.
  std::string_view create = init_function.starts_with("PyInitU_") ? "create_module_multiphase" : "create_module";
  if (module_.constants_.empty()) {
    out_ += fmt::format("  return pycxx::python::{}(&module_def);\n}}\n", create);
  } else {
    out_ += fmt::format("  return pycxx::python::{}(&module_def, [](PyObject* m) {{\n", create);
    for (const ir::Constant& c : module_.constants_)
      out_ += fmt::format("    pycxx::python::add_attribute(m, {}, {}::{});\n", quoted(c.python_name_), ns, c.name_);
    out_ += "  });\n}\n";
  }
  return out_;
}

std::string emit_cpp(const ir::Module& module, EmitOptions options) {
  CppEmitter emitter(module, options);
  return emitter.emit();
}

std::string emit_pyi(const ir::Module& module) {
  std::string out = fmt::format("# Stub of the compiled module {} (generated by pycxx).\n", module.name_);
  // Array types are spelled numpy.ndarray[...]; annotations as written may say np.ndarray[...].
  bool numpy = module_uses_numpy(module);
  for (const ir::Export& e : module.exports_) {
    numpy = numpy || names_numpy(module.functions_[static_cast<std::size_t>(e.function_)]->return_type_);
    for (TypeRef param : e.param_types_) numpy = numpy || names_numpy(param);
  }
  if (numpy) out += "\nimport numpy\nimport numpy as np\n";
  if (!module.constants_.empty()) out += "\n";
  for (const ir::Constant& c : module.constants_) out += fmt::format("{}: {}\n", c.python_name_, type_name(c.type_));
  bool overloads = false;
  for (std::size_t k = 1; k < module.exports_.size(); ++k)
    overloads = overloads || module.exports_[k].name_ == module.exports_[k - 1].name_;
  if (overloads) out += "\nfrom typing import overload\n";
  bool iterators = false;
  for (const ir::Export& e : module.exports_)
    iterators = iterators || module.functions_[static_cast<std::size_t>(e.function_)]->return_type_->is(TypeKind::Iterator);
  if (iterators) out += "\nfrom collections.abc import Iterator\n";
  for (std::size_t k = 0; k < module.exports_.size(); ++k) {
    const ir::Export& e = module.exports_[k];
    bool several = (k > 0 && module.exports_[k - 1].name_ == e.name_) ||
                   (k + 1 < module.exports_.size() && module.exports_[k + 1].name_ == e.name_);
    std::string params;
    for (std::size_t i = 0; i < e.param_names_.size(); ++i) {
      // An alias (Vec) or a string form ('float64[:]') means nothing to a type checker: spell arrays out.
      // One form of a union parameter is spelled as its own type.
      std::string annotation = is_array(e.param_types_[i]) || several ? type_name(e.param_types_[i]) : e.param_annotations_[i];
      params += (i ? ", " : "") + e.param_names_[i] + ": " + annotation;
      if (!e.param_defaults_[i].empty()) params += " = " + e.param_defaults_[i];
    }
    const ir::Function& f = *module.functions_[static_cast<std::size_t>(e.function_)];
    // A written annotation is kept (`-> float` stays right for a numpy.float64: a float subclass).
    // A generator's is spelled Iterator[T] (the annotation may name typing.Generator, unimported here).
    std::string result = e.return_annotation_.empty() || is_array(f.return_type_) || f.return_type_->is(TypeKind::Iterator)
                             ? type_name(f.return_type_)
                                                                                 : e.return_annotation_;
    out += fmt::format("\n\n{}def {}({}) -> {}:", several ? "@overload\n" : "", e.name_, params, result);
    if (e.docstring_.empty())
      out += " ...\n";
    else
      out += fmt::format("\n    {}\n", fmt::format("\"\"\"{}\"\"\"", e.docstring_));
  }
  return out;
}

}  // namespace pycxx
