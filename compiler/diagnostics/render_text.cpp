// Text rendering of a diagnostic: the clang/rustc form users read in a terminal.
//   mod.py:7:5: error: class definitions are not supported [UnsupportedClass]
//       class Point:
//       ^~~~~~~~~~~~
#include <fmt/format.h>

#include "compiler/diagnostics/emitter.hpp"

namespace pycxx {
namespace {

// Display width of the UTF-8 bytes [0, column) of a line: one cell per code point, tabs kept.
std::string caret_padding(std::string_view line, std::uint32_t column) {
  std::string pad;
  for (std::size_t i = 0; i < column && i < line.size(); ++i) {
    auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += line[i] == '\t' ? '\t' : ' ';
  }
  return pad;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

void render_place(std::string& out, const SourceFile* file, SourceRange range, bool color) {
  if (!file || !range.valid()) return;
  std::string_view line = file->line_text(range.begin.line);
  if (line.empty() && range.begin.column == 0) return;
  out += "    ";
  out += line;
  out += "\n    ";
  out += caret_padding(line, range.begin.column);
  std::uint32_t end = range.end.line == range.begin.line ? range.end.column : static_cast<std::uint32_t>(line.size());
  std::size_t width = end > range.begin.column ? code_points(line.substr(std::min<std::size_t>(range.begin.column, line.size()), end - range.begin.column)) : 1;
  if (color) out += "\x1b[1;32m";
  out += '^';
  if (width > 1) out += std::string(width - 1, '~');
  if (color) out += "\x1b[0m";
  out += '\n';
}

std::string header(const std::string& file, SourceRange range, std::string_view severity, const std::string& message, bool color) {
  std::string where = range.valid() ? fmt::format("{}:{}:{}: ", file, range.begin.line, range.begin.column + 1) : file + ": ";
  if (!color) return fmt::format("{}{}: {}", where, severity, message);
  std::string_view tint = severity == "error" ? "\x1b[1;31m" : severity == "warning" ? "\x1b[1;35m" : "\x1b[1;36m";
  return fmt::format("\x1b[1m{}\x1b[0m{}{}:\x1b[0m \x1b[1m{}\x1b[0m", where, tint, severity, message);
}

}  // namespace

std::string render_text(const Diagnostic& d, const SourceFile* file, bool color) {
  std::string out = header(d.file, d.range, severity_name(d.severity), d.message, color);
  out += fmt::format(" [{}]\n", diagnostic_kind_name(d.kind));
  render_place(out, file, d.range, color);
  for (const DiagnosticNote& n : d.notes) {
    out += header(d.file, n.range, "note", n.message, color);
    out += '\n';
    render_place(out, file, n.range, color);
  }
  return out;
}

}  // namespace pycxx
