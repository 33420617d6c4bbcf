// Text rendering of a diagnostic: the clang/rustc form users read in a terminal (columns in
// characters; a long line echoed as a window around the caret).
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

bool continuation(std::string_view s, std::size_t i) { return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; }
// The byte offset `n` characters before (n < 0) or after `at`, within the line.
std::size_t step_characters(std::string_view s, std::size_t at, long n) {
  for (; n < 0 && at > 0; ++n)
    do --at;
    while (at > 0 && continuation(s, at));
  for (; n > 0 && at < s.size(); --n)
    do ++at;
    while (continuation(s, at));
  return at;
}

// A line longer than this many characters is echoed as a window around the range's start
// (a generated 1 MB line must not flood the terminal).
constexpr long kEchoWidth = 160;
constexpr long kEchoBefore = 60;

void render_place(std::string& out, const SourceFile* file, SourceRange range, bool color) {
  if (!file || !range.valid()) return;
  std::string_view line = file->line_text(range.begin.line);
  if (line.empty() && range.begin.column == 0) return;
  std::size_t begin = std::min<std::size_t>(range.begin.column, line.size());
  std::size_t end = range.end.line == range.begin.line ? std::min<std::size_t>(range.end.column, line.size()) : line.size();
  std::size_t from = 0, to = line.size();
  if (code_points(line) > static_cast<std::size_t>(kEchoWidth)) {
    from = step_characters(line, begin, -kEchoBefore);
    to = step_characters(line, from, kEchoWidth);
  }
  std::string_view cut_left = from > 0 ? "..." : "", cut_right = to < line.size() ? "..." : "";
  std::string_view shown = line.substr(from, to - from);
  out += "    ";
  out += cut_left;
  out += shown;
  out += cut_right;
  out += "\n    ";
  out += std::string(cut_left.size(), ' ');
  out += caret_padding(shown, static_cast<std::uint32_t>(begin - from));
  std::size_t width = end > begin ? code_points(line.substr(begin, std::min(end, to) - begin)) : 1;
  if (color) out += "\x1b[1;32m";
  out += '^';
  if (width > 1) out += std::string(width - 1, '~');
  if (color) out += "\x1b[0m";
  out += '\n';
}

std::string header(const std::string& file_name, const SourceFile* file, SourceRange range, std::string_view severity,
                   std::string_view message, bool color) {
  std::uint32_t column = file ? file->character_column(range.begin) : range.begin.column;
  std::string where = range.valid() ? fmt::format("{}:{}:{}: ", file_name, range.begin.line, column + 1) : file_name + ": ";
  if (!color) return fmt::format("{}{}: {}", where, severity, message);
  std::string_view tint = severity == "error" ? "\x1b[1;31m" : severity == "warning" ? "\x1b[1;35m" : "\x1b[1;36m";
  return fmt::format("\x1b[1m{}\x1b[0m{}{}:\x1b[0m \x1b[1m{}\x1b[0m", where, tint, severity, message);
}

}  // namespace

std::string render_text(const Diagnostic& d, const SourceFile* file, bool color) {
  // The id ends the first line of the message, so `grep '\[Kind\]'` finds every diagnostic.
  std::string_view message = d.message;
  std::size_t first_end = std::min(message.find('\n'), message.size());
  std::string out = header(d.file, file, d.range, severity_name(d.severity), message.substr(0, first_end), color);
  out += fmt::format(" [{}]{}\n", diagnostic_kind_name(d.kind), message.substr(first_end));
  render_place(out, file, d.range, color);
  for (const DiagnosticNote& n : d.notes) {
    out += header(d.file, file, n.range, "note", n.message, color);
    out += '\n';
    render_place(out, file, n.range, color);
  }
  return out;
}

}  // namespace pycxx
