// The shimscan tool (build time): parses every header under stdlib_shims/ as one
// translation unit with Clang LibTooling, reads the PYCXX_SHIM declarations
// (stdlib_shims/pycxx_shim.hpp) and writes the registry table and docs/supported.md
// through write_registry.cpp. The only file of pycxx that includes Clang headers.
//
// usage: shimscan SHIMS_ROOT REGISTRY_OUT.cpp SUPPORTED_OUT.md [clang arguments...]
// A malformed declaration is reported as `file:line: error: ...` and fails the run.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Tooling.h"
#include "compiler/shimscan/shim_record.hpp"

namespace fs = std::filesystem;

namespace pycxx::shimscan {
namespace {

const std::set<std::string>& typing_rules() {
  static const std::set<std::string> rules = {
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) #Name,
#include "compiler/shimscan/typing_rule.def"
  };
  return rules;
}

const std::set<std::string>& dtype_rules() {
  static const std::set<std::string> rules = {
#define PYCXX_DTYPE_RULE(Name, Description) #Name,
#include "compiler/shimscan/dtype_rule.def"
  };
  return rules;
}

// The typing rules of array shims (typing_rule.def's Array column): they need a dtype rule;
// the others must not have one.
bool is_array_rule(const std::string& rule) {
  static const std::set<std::string> array_rules = [] {
    std::set<std::string> rules;
#define PYCXX_TYPING_RULE(Name, Array, Handler, Lowering, Description) \
  if (Array) rules.insert(#Name);
#include "compiler/shimscan/typing_rule.def"
    return rules;
  }();
  return array_rules.count(rule) > 0;
}

struct ScanState {
  fs::path root;
  std::vector<ShimRecord> shims;
  std::vector<std::string> errors;
};

// A pycxx annotation: its tag ("shim", "rule", ...) and its string arguments.
struct Annotation {
  std::string tag;
  std::vector<std::string> args;
  bool args_ok = true;
};

std::vector<Annotation> annotations_of(const clang::Decl* decl) {
  std::vector<Annotation> found;
  for (const auto* attr : decl->specific_attrs<clang::AnnotateAttr>()) {
    if (attr->isInherited()) continue;
    llvm::StringRef text = attr->getAnnotation();
    if (!text.starts_with("pycxx:")) continue;
    Annotation a{text.drop_front(6).str(), {}};
    for (clang::Expr* arg : attr->args()) {
      const clang::Expr* e = arg;
      if (const auto* c = llvm::dyn_cast<clang::ConstantExpr>(e)) e = c->getSubExpr();
      e = e->IgnoreParenImpCasts();
      if (const auto* s = llvm::dyn_cast<clang::StringLiteral>(e)) a.args.push_back(s->getString().str());
      else a.args_ok = false;
    }
    found.push_back(std::move(a));
  }
  return found;
}

class ShimVisitor : public clang::RecursiveASTVisitor<ShimVisitor> {
 public:
  ShimVisitor(clang::ASTContext& context, ScanState& state) : context_(context), state_(state) {}

  bool VisitFunctionDecl(clang::FunctionDecl* fn) {
    std::vector<Annotation> notes = annotations_of(fn);
    if (notes.empty()) return true;
    ShimRecord shim;
    shim.rule = "Signature";
    if (!read_common(fn, notes, "shim", shim)) return true;
    bool all_positional_only = false;
    std::string result_override;
    for (const Annotation& a : notes) {
      if (a.tag == "positional_only") all_positional_only = true;
      if (a.tag == "type" && a.args.size() == 1) result_override = a.args[0];
    }
    if (!fn->getDeclContext()->isNamespace()) {
      error(fn, "a shim must be a namespace-scope function (methods go under numpy/ndarray/)");
      return true;
    }
    bool typed = shim.rule == "Signature";
    shim.result_type = result_override.empty() ? python_type(fn, fn->getReturnType(), typed, nullptr) : result_override;
    bool keyword_only = false;
    int last_pos_only = all_positional_only ? -2 : -1;  // -2: decided after reading the parameters
    std::vector<clang::ParmVarDecl*> parms(fn->param_begin(), fn->param_end());
    for (std::size_t i = 0; i < parms.size(); ++i) {
      clang::ParmVarDecl* parm = parms[i];
      ParamRecord p;
      p.name = parm->getName().str();
      // `default_`, `new_`: a Python name that is a C++ keyword takes a trailing underscore in C++.
      if (p.name.size() > 1 && p.name.back() == '_') p.name.pop_back();
      if (p.name.empty()) error(parm, "shim parameters need names: they are the Python parameter names");
      std::string python_default;
      std::string type_override;
      for (const Annotation& a : annotations_of(parm)) {
        if (a.tag == "type" && a.args.size() == 1 && a.args_ok) type_override = a.args[0];
        else if (a.tag == "kw_only") keyword_only = true;
        else if (a.tag == "pos_only") last_pos_only = static_cast<int>(i);
        else if (a.tag == "default" && a.args.size() == 1 && a.args_ok) python_default = a.args[0];
        else error(parm, "PYCXX annotation '" + a.tag + "' does not belong on a parameter");
      }
      p.keyword_only = keyword_only;
      p.type = type_override.empty() ? python_type(parm, parm->getType(), typed, &p.variadic) : type_override;
      if (p.variadic && keyword_only) error(parm, "a star_args parameter cannot be keyword-only");
      if (p.variadic) keyword_only = true;  // as in Python: what follows *args is keyword-only
      if (parm->hasDefaultArg() || parm->hasUninstantiatedDefaultArg()) {
        p.has_default = true;
        p.cpp_default = source_text(parm->getDefaultArgRange());
        p.default_value = python_default.empty() ? python_spelling(p.cpp_default) : python_default;
        if (p.default_value.empty())
          error(parm, "the default '" + p.cpp_default +
                          "' has no obvious Python spelling: give it with PYCXX_DEFAULT(\"...\")");
      } else if (!python_default.empty()) {
        error(parm, "PYCXX_DEFAULT on a parameter without a C++ default argument");
      }
      shim.params.push_back(std::move(p));
    }
    for (std::size_t i = 0; i < shim.params.size(); ++i) {
      ParamRecord& p = shim.params[i];
      bool before_marker = last_pos_only >= 0 && static_cast<int>(i) <= last_pos_only;
      p.positional_only = !p.keyword_only && !p.variadic && (before_marker || last_pos_only == -2);
    }
    shim.cpp_entity = fn->getQualifiedNameAsString();
    state_.shims.push_back(std::move(shim));
    return true;
  }

  bool VisitVarDecl(clang::VarDecl* var) {
    if (llvm::isa<clang::ParmVarDecl>(var)) return true;
    std::vector<Annotation> notes = annotations_of(var);
    if (notes.empty()) return true;
    ShimRecord shim;
    shim.rule = "Constant";
    shim.is_constant = true;
    if (!read_common(var, notes, "constant", shim)) return true;
    if (!var->isConstexpr() || !var->getDeclContext()->isNamespace())
      error(var, "a shim constant must be a namespace-scope `inline constexpr` variable");
    shim.result_type = python_type(var, var->getType(), true, nullptr);
    shim.cpp_entity = var->getQualifiedNameAsString();
    state_.shims.push_back(std::move(shim));
    return true;
  }

 private:
  // The annotations shared by functions and constants; false when the declaration is
  // not a shim at all or is too malformed to read further.
  bool read_common(clang::Decl* decl, const std::vector<Annotation>& notes, const std::string& kind, ShimRecord& shim) {
    bool declared = false;
    for (const Annotation& a : notes) {
      if (!a.args_ok) {
        error(decl, "PYCXX annotation '" + a.tag + "' takes string literals only");
        return false;
      }
      if (a.tag == "shim" || a.tag == "constant") {
        if (a.tag != kind) {
          error(decl, kind == "shim" ? "PYCXX_SHIM_CONSTANT belongs on a variable, not a function"
                                     : "PYCXX_SHIM belongs on a function; use PYCXX_SHIM_CONSTANT for a constant");
          return false;
        }
        if (a.args.size() != 2 || a.args[0].empty() || a.args[1].empty()) {
          error(decl, "PYCXX_SHIM needs a module and a name: PYCXX_SHIM(\"math\", \"floor\")");
          return false;
        }
        shim.module = a.args[0];
        shim.name = a.args[1];
        declared = true;
      } else if (a.tag == "rule" && a.args.size() == 1) {
        if (!typing_rules().count(a.args[0])) {
          error(decl, "unknown typing rule '" + a.args[0] + "': add it to compiler/shimscan/typing_rule.def");
          return false;
        }
        shim.rule = a.args[0];
      } else if (a.tag == "dtype_rule" && a.args.size() == 1) {
        if (!dtype_rules().count(a.args[0])) {
          error(decl, "unknown dtype rule '" + a.args[0] + "': add it to compiler/shimscan/dtype_rule.def");
          return false;
        }
        shim.dtype_rule = a.args[0];
      } else if (a.tag == "unsupported" && a.args.size() == 1) {
        shim.unsupported = a.args[0];
      } else if ((a.tag != "positional_only" && a.tag != "type") || kind != "shim") {
        error(decl, "PYCXX annotation '" + a.tag + "' is misplaced or has the wrong arguments");
        return false;
      }
    }
    if (!declared) {
      error(decl, "PYCXX annotations on a declaration without PYCXX_SHIM / PYCXX_SHIM_CONSTANT");
      return false;
    }
    if (is_array_rule(shim.rule) != (shim.dtype_rule != "NotArray")) {
      error(decl, is_array_rule(shim.rule) ? "the typing rule " + shim.rule + " needs a PYCXX_DTYPE_RULE"
                                           : "PYCXX_DTYPE_RULE belongs to array shims (typing_rule.def's Array column)");
      return false;
    }
    auto [file, line] = where(decl);
    shim.line = line;
    std::error_code ec;
    fs::path relative = fs::relative(fs::weakly_canonical(file, ec), state_.root, ec);
    shim.header = relative.generic_string();
    std::string expected = shim.module;
    std::replace(expected.begin(), expected.end(), '.', '/');
    expected += "/" + shim.name + ".hpp";
    if (shim.header != expected) {
      error(decl, shim.module + "." + shim.name + " must be declared in stdlib_shims/" + expected +
                      " (one header per Python name)");
      return false;
    }
    return true;
  }

  // The Python spelling of a C++ type (see docs/shims.md). `variadic` is set for the
  // star_args<T> of a `*args` parameter. Dependent types (templates) are spelled as
  // written when the typing rule is not Signature: that rule decides their types.
  std::string python_type(clang::Decl* decl, clang::QualType type, bool concrete, bool* variadic) {
    clang::QualType t = type.getNonReferenceType().getUnqualifiedType();
    if (t->isDependentType() || t->isUndeducedType()) {
      // Generic shims: a template parameter is a type variable ("T"), pycxx::list<T> is "list[T]".
      if (std::string generic = generic_type(decl, t); concrete && !generic.empty()) return generic;
      if (concrete) error(decl, "a template type needs its Python spelling (PYCXX_TYPE(\"Iterable[T]\")) or a typing rule other than Signature (PYCXX_RULE)");
      else error(decl, "a template type needs its Python spelling: PYCXX_TYPE(\"array_like\") before it");
      return "?";
    }
    clang::QualType c = t.getCanonicalType();
    if (c->isVoidType()) return "None";
    if (c->isBooleanType()) return "bool";
    if (const auto* b = c->getAs<clang::BuiltinType>()) {
      if (b->getKind() == clang::BuiltinType::Double) return "float";
      if (b->isSignedInteger() && context_.getTypeSize(c) == 64 && !b->isCharType()) return "int";
    }
    if (const auto* record = c->getAsCXXRecordDecl()) {
      std::string name = record->getQualifiedNameAsString();
      if (name == "pycxx::none_t") return "None";
      if (name == "pycxx::str") return "str";
      const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record);
      if (spec != nullptr) {
        const clang::TemplateArgumentList& args = spec->getTemplateArgs();
        if (name == "std::complex" && args.size() == 1 && args[0].getKind() == clang::TemplateArgument::Type &&
            args[0].getAsType()->isSpecificBuiltinType(clang::BuiltinType::Double))
          return "complex";
        if (name == "std::tuple" && args.size() == 1 && args[0].getKind() == clang::TemplateArgument::Pack) {
          std::string out = "tuple[";
          bool first = true;
          for (const clang::TemplateArgument& a : args[0].pack_elements()) {
            if (!first) out += ", ";
            first = false;
            out += python_type(decl, a.getAsType(), concrete, nullptr);
          }
          return out + (first ? "()]" : "]");
        }
        if (name == "pycxx::ndarray" && args.size() == 2 && args[0].getKind() == clang::TemplateArgument::Type &&
            args[1].getKind() == clang::TemplateArgument::Integral) {
          std::string dtype = numpy_dtype(args[0].getAsType());
          if (!dtype.empty()) return "ndarray[" + dtype + ", " + std::to_string(args[1].getAsIntegral().getZExtValue()) + "]";
        }
        if ((name == "pycxx::list" || name == "pycxx::set") && args.size() == 1 &&
            args[0].getKind() == clang::TemplateArgument::Type)
          return name.substr(7) + "[" + python_type(decl, args[0].getAsType(), concrete, nullptr) + "]";
        if (name == "pycxx::dict" && args.size() == 2)
          return "dict[" + python_type(decl, args[0].getAsType(), concrete, nullptr) + ", " +
                 python_type(decl, args[1].getAsType(), concrete, nullptr) + "]";
        if (name == "std::initializer_list" && variadic != nullptr && args.size() == 1) {
          *variadic = true;
          return python_type(decl, args[0].getAsType(), concrete, nullptr);
        }
      }
    }
    error(decl, "the C++ type '" + t.getAsString(context_.getPrintingPolicy()) +
                    "' has no Python spelling (use std::int64_t, double, bool, std::complex<double>, "
                    "pycxx::none_t, std::tuple<...>, star_args<T>, pycxx::ndarray<T, N>)");
    return "?";
  }

  // The Python spelling of a dependent type of a generic shim: a template type parameter is
  // a type variable (its C++ name, one capital letter: T, K, V), pycxx::list<T> / set<T> /
  // dict<K, V> / std::tuple<...> spell their items the same way; empty when not spellable.
  std::string generic_type(clang::Decl* decl, clang::QualType type) {
    clang::QualType t = type.getNonReferenceType().getUnqualifiedType();
    if (const auto* parm = t->getAs<clang::TemplateTypeParmType>()) {
      // The parameter's own name (the type may be canonical, without its declaration).
      const clang::IdentifierInfo* id = parm->getIdentifier();
      std::string name = id ? id->getName().str() : t.getAsString(context_.getPrintingPolicy());
      bool variable = !name.empty() && name[0] >= 'A' && name[0] <= 'Z' &&
                      name.find_first_not_of("0123456789", 1) == std::string::npos;
      return variable ? name : "";
    }
    const auto* spec = t->getAs<clang::TemplateSpecializationType>();
    if (!spec) return t->isDependentType() ? "" : python_type(decl, t, true, nullptr);
    const clang::TemplateDecl* templ = spec->getTemplateName().getAsTemplateDecl();
    if (!templ) return "";
    std::string name = templ->getQualifiedNameAsString();
    std::string head = name == "pycxx::list" ? "list" : name == "pycxx::set" ? "set" : name == "pycxx::dict" ? "dict"
                       : name == "std::tuple" ? "tuple" : "";
    if (head.empty()) return "";
    std::string out = head + "[";
    bool first = true;
    for (const clang::TemplateArgument& a : spec->template_arguments()) {
      if (a.getKind() != clang::TemplateArgument::Type) return "";
      std::string item = generic_type(decl, a.getAsType());
      if (item.empty()) return "";
      out += (first ? "" : ", ") + item;
      first = false;
    }
    return out + "]";
  }

  // numpy's name for a C++ element type (runtime/pycxx/array/dtype.def), or empty.
  std::string numpy_dtype(clang::QualType type) {
    clang::QualType c = type.getCanonicalType();
    if (c->isBooleanType()) return "bool";
    if (const auto* b = c->getAs<clang::BuiltinType>()) {
      if (b->getKind() == clang::BuiltinType::Double) return "float64";
      if (b->getKind() == clang::BuiltinType::Float) return "float32";
      bool plain_char = b->getKind() == clang::BuiltinType::Char_S || b->getKind() == clang::BuiltinType::Char_U;
      if (b->isInteger() && !plain_char) {  // int8_t is signed char: a numpy type; plain char is not
        std::string bits = std::to_string(context_.getTypeSize(c));
        return (b->isSignedInteger() ? "int" : "uint") + bits;
      }
    }
    if (const auto* record = c->getAsCXXRecordDecl()) {
      const auto* spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(record);
      if (spec != nullptr && record->getQualifiedNameAsString() == "std::complex") {
        std::string inner = numpy_dtype(spec->getTemplateArgs()[0].getAsType());
        if (inner == "float64") return "complex128";
        if (inner == "float32") return "complex64";
      }
    }
    return "";
  }

  std::string source_text(clang::SourceRange range) {
    const clang::SourceManager& sm = context_.getSourceManager();
    return clang::Lexer::getSourceText(clang::CharSourceRange::getTokenRange(range), sm, context_.getLangOpts()).str();
  }

  // C++ default-argument text whose Python spelling is evident; empty otherwise.
  static std::string python_spelling(const std::string& cpp) {
    if (cpp == "true") return "True";
    if (cpp == "false") return "False";
    if (cpp == "pycxx::none" || cpp == "none") return "None";
    std::string body = cpp;
    if (!body.empty() && body[0] == '-') body = body.substr(1);
    bool numeric = !body.empty() && std::isdigit(static_cast<unsigned char>(body[0]));
    for (char ch : body) {
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '.' && ch != '_' && ch != '+' && ch != '-')
        numeric = false;
    }
    return numeric ? cpp : std::string();
  }

  std::pair<std::string, int> where(const clang::Decl* decl) {
    const clang::SourceManager& sm = context_.getSourceManager();
    clang::PresumedLoc loc = sm.getPresumedLoc(sm.getFileLoc(decl->getLocation()));
    if (loc.isInvalid()) return {"<unknown>", 0};
    return {loc.getFilename(), static_cast<int>(loc.getLine())};
  }

  void error(const clang::Decl* decl, const std::string& message) {
    auto [file, line] = where(decl);
    state_.errors.push_back(file + ":" + std::to_string(line) + ": error: " + message);
  }

  clang::ASTContext& context_;
  ScanState& state_;
};

class ShimConsumer : public clang::ASTConsumer {
 public:
  explicit ShimConsumer(ScanState& state) : state_(state) {}
  void HandleTranslationUnit(clang::ASTContext& context) override {
    ShimVisitor(context, state_).TraverseDecl(context.getTranslationUnitDecl());
  }

 private:
  ScanState& state_;
};

class ShimAction : public clang::ASTFrontendAction {
 public:
  explicit ShimAction(ScanState& state) : state_(state) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance&, llvm::StringRef) override {
    return std::make_unique<ShimConsumer>(state_);
  }

 private:
  ScanState& state_;
};

bool write_if_changed(const fs::path& path, const std::string& text) {
  std::ifstream in(path, std::ios::binary);
  std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in && old == text) return true;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

int run(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: shimscan SHIMS_ROOT REGISTRY_OUT.cpp SUPPORTED_OUT.md [clang arguments...]\n";
    return 2;
  }
  ScanState state;
  state.root = fs::weakly_canonical(argv[1]);
  std::vector<std::string> headers;
  for (const auto& entry : fs::recursive_directory_iterator(state.root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".hpp")
      headers.push_back(fs::relative(entry.path(), state.root).generic_string());
  }
  std::sort(headers.begin(), headers.end());  // deterministic, whatever the file system's order
  std::string code;
  for (const std::string& h : headers) code += "#include \"" + h + "\"\n";

  std::vector<std::string> args = {"-std=c++20", "-fsyntax-only", "-DPYCXX_SHIMSCAN", "-I" + state.root.string()};
  for (int i = 4; i < argc; ++i) args.emplace_back(argv[i]);
  bool parsed = clang::tooling::runToolOnCodeWithArgs(std::make_unique<ShimAction>(state), code, args,
                                                      (state.root / "pycxx_all_shims.cpp").string(), "shimscan");
  for (const std::string& e : state.errors) std::cerr << e << "\n";
  if (!parsed) std::cerr << "shimscan: the shim headers do not compile (errors above)\n";
  if (!parsed || !state.errors.empty()) return 1;

  std::stable_sort(state.shims.begin(), state.shims.end(), [](const ShimRecord& a, const ShimRecord& b) {
    return std::tie(a.module, a.name, a.line) < std::tie(b.module, b.name, b.line);
  });
  std::set<std::string> seen;
  for (const ShimRecord& s : state.shims) {
    std::string key = s.module + "." + python_signature(s);
    if (!seen.insert(key).second) {
      std::cerr << s.header << ":" << s.line << ": error: " << s.module << "." << s.name
                << " is declared twice with the same Python signature\n";
      return 1;
    }
  }
  if (!write_if_changed(argv[2], registry_source(state.shims)) ||
      !write_if_changed(argv[3], supported_markdown(state.shims))) {
    std::cerr << "shimscan: cannot write the outputs\n";
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace pycxx::shimscan

int main(int argc, char** argv) { return pycxx::shimscan::run(argc, argv); }
