// load_source and run_front_end (see front_end.hpp).
#include "compiler/driver/front_end.hpp"

#include <filesystem>

#include "compiler/driver/exit_status.hpp"
#include "compiler/lex/token.hpp"

namespace pycxx {
namespace fs = std::filesystem;
namespace {

bool is_identifier(const std::string& name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

}  // namespace

LoadedSource load_source(const std::string& path) {
  LoadedSource loaded;
  loaded.path = path;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  std::string error;
  SourceReadError detail;
  DiagnosticKind kind = DiagnosticKind::SourceUnreadable;
  if (ec || !fs::exists(status)) {
    error = "cannot read the file: no such file";
  } else if (fs::is_directory(status)) {
    error = "cannot read the file: it is a directory";
  } else if (auto file = read_source_file(path, error, &detail)) {
    loaded.file = std::make_unique<SourceFile>(std::move(*file));
    loaded.diagnostics = std::make_unique<DiagnosticEmitter>(*loaded.file);
    loaded.readable = true;
    return loaded;
  } else if (error.rfind(path + ": ", 0) == 0) {
    // read_source_file prefixes decoding errors with the path; the diagnostic already names it.
    error = error.substr(path.size() + 2);
    kind = error.ends_with("null bytes") ? DiagnosticKind::SyntaxError : DiagnosticKind::SourceEncoding;
  }
  // A bad byte is located: the text before it is enough to print its line.
  loaded.file = std::make_unique<SourceFile>(path, std::move(detail.text_before));
  loaded.diagnostics = std::make_unique<DiagnosticEmitter>(*loaded.file);
  loaded.diagnostics->emit(kind, detail.in_text ? SourceRange::at(detail.at) : SourceRange{}, error);
  return loaded;
}

FrontEndResult run_front_end(const std::string& path, const CompileOptions& options, bool require_module_name) {
  FrontEndResult result;
  fs::path p(path);
  if (require_module_name && p.extension() != ".py") {
    throw UserError("'" + path + "' is not a Python source file (expected a name ending in .py)");
  }
  if (require_module_name && keyword_kind(p.stem().string()) != TokenKind::Name) {
    throw UserError("'" + path + "': '" + p.stem().string() + "' is a Python keyword: `import " + p.stem().string() +
                    "` is a syntax error, so the module could not be imported (rename the file)");
  }
  if (require_module_name && !is_identifier(p.stem().string())) {
    throw UserError("'" + path + "': '" + p.stem().string() +
                    "' is not a valid module name (use letters, digits and underscores, not starting with a digit)");
  }
  result.source = load_source(path);
  if (!result.source.readable) return result;
  result.generated = compile_module(*result.source.file, *result.source.diagnostics, options);
  if (result.source.diagnostics->has_errors()) result.generated.reset();
  else if (!result.generated) throw InternalError("the compiler produced no module for '" + path + "' and reported no error");
  return result;
}

}  // namespace pycxx
