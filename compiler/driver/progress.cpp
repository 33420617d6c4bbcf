// Progress lines on a terminal, detail lines with --verbose (see progress.hpp).
#include "compiler/driver/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pycxx {

Progress::Progress(bool verbose) : terminal_(::isatty(STDERR_FILENO) != 0), verbose_(verbose) {}

void Progress::step(std::size_t index, std::size_t total, const std::string& module, const std::string& what) {
  if (!terminal_ && !verbose_) return;
  std::lock_guard lock(mutex_);
  fmt::print(stderr, "[{}/{}] {}: {}\n", index, total, module, what);
  std::fflush(stderr);
}

void Progress::detail(const std::string& line) {
  if (!verbose_) return;
  std::lock_guard lock(mutex_);
  fmt::print(stderr, "{}\n", line);
  std::fflush(stderr);
}

void Progress::message(const std::string& text) {
  std::lock_guard lock(mutex_);
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

bool stderr_wants_color() {
  if (!::isatty(STDERR_FILENO)) return false;
  if (std::getenv("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);
}

}  // namespace pycxx
