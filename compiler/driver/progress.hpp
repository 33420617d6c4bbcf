// Progress lines for long builds ("[2/5] fib: compiling C++"), written to stderr only when
// stderr is a terminal, so pipes and CI logs stay quiet. --verbose adds the detail lines
// (compiler commands, cache hits) whatever stderr is. Thread-safe: -j jobs share one.
#pragma once

#include <mutex>
#include <string>

namespace pycxx {

class Progress {
 public:
  explicit Progress(bool verbose);
  // One step of module `index` (1-based) of `total`.
  void step(std::size_t index, std::size_t total, const std::string& module, const std::string& what);
  // A detail line, shown with --verbose only.
  void detail(const std::string& line);
  // A line always written to stderr (internal-error reports, for example), kept whole under -j.
  void message(const std::string& text);

 private:
  bool terminal_;
  bool verbose_;
  std::mutex mutex_;
};

// Whether stderr is a terminal that takes colour (not TERM=dumb, no NO_COLOR).
bool stderr_wants_color();

}  // namespace pycxx
