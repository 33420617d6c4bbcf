// Emitting C++ from the IR: one translation unit per module (emit_module.cpp), functions and
// statements (emit_function.cpp), values (emit_value.cpp), C++ type names (cpp_type.cpp),
// and the .pyi stub (emit_pyi in emit_module.cpp). Output is deterministic: the same IR gives the same bytes.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "compiler/ir/ir.hpp"

namespace pycxx {

struct EmitOptions {
  bool line_directives = true;
};

// The C++ spelling of a type: std::int64_t, double, std::tuple<...>, pycxx::none_t.
std::string cpp_type(TypeRef type);
// The C++ type a result is handed to the boundary as: cpp_type, except that numpy scalars
// are pycxx::python::numpy_value<T> (returned as numpy scalar objects, not Python floats).
std::string boundary_type(TypeRef type);

class CppEmitter {
 public:
  CppEmitter(const ir::Module& module, EmitOptions options) : module_(module), options_(options) {}
  std::string emit();  // emit_module.cpp
  // The wrapper of exports [first, last): the forms of one function, tried in order.
  void wrapper(std::size_t first, std::size_t last, const std::string& ns);
  // A module-level value (constant, default) of `type`, emitted in the module's namespace:
  // through pycxx::python::module_value when it may raise.
  std::string module_value(TypeRef type, const ir::Value* v);
  std::string default_name(std::size_t form, std::size_t param) const;  // the default's C++ constant

  std::string value(const ir::Value* v);                                   // emit_value.cpp
  void function(const ir::Function& f);                                    // emit_function.cpp
  void block(const std::vector<ir::Stmt*>& body, int depth);
  void stmt(const ir::Stmt* s, int depth);
  void raise(const ir::Stmt* s, const std::string& indent);  // emit_function.cpp, as the ones below
  void try_except(const ir::Stmt* s, int depth);
  void try_finally(const ir::Stmt* s, int depth);
  void line(std::uint32_t py_line, int depth);
  void collect_headers(const ir::Value* v);
  void collect_headers(const std::vector<ir::Stmt*>& body);

  const ir::Module& module_;
  EmitOptions options_;  // line_directives is off while a Block's statements are emitted
  std::string out_;
  std::set<std::string> shim_headers_;
  struct Loop {
    bool has_else;
    int label;
  };
  std::vector<Loop> loops_;
  int labels_ = 0;
  bool generator_ = false;  // the function being emitted is a coroutine (co_return)
  std::size_t last_directive_end_ = 0;  // where line() last counted to
  std::uint32_t lines_since_directive_ = 0;
  std::uint32_t last_line_ = 0;  // the .py line of the last #line (one per line, not per statement)
};

// A C++ string literal holding `text` (UTF-8 kept as is; quotes, backslashes and control
// characters escaped, the latter as three-digit octal so a following digit cannot join them).
std::string cpp_string_literal(std::string_view text);

// `R name(T a, U b)` of a compiled function.
std::string function_signature(const ir::Function& f);

std::string emit_cpp(const ir::Module& module, EmitOptions options);
// Whether the module's C++ needs numpy (an array parameter, local, result or constant): the
// driver then adds numpy's include folder and PyInit imports numpy's C API.
bool module_uses_numpy(const ir::Module& module);
std::string emit_pyi(const ir::Module& module);

}  // namespace pycxx
