// Running a program without a shell (posix_spawn), for the C++ compiler and the target
// Python interpreter. Arguments are passed as a vector, so paths with spaces or quotes are safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pycxx {

struct ProcessResult {
  bool started = false;  // false: the program could not be run at all (see error)
  int exit_code = -1;    // the exit status, or 128 + signal number
  std::string output;    // captured stdout (and stderr when merged), if captured
  std::string error;     // why it could not be started
};

// Runs argv[0] (searched on PATH when it has no '/'). With `log_file`, stdout and stderr both go
// to that file; otherwise stdout is captured into `output` and stderr is discarded.
ProcessResult run_process(const std::vector<std::string>& argv, const std::optional<std::string>& log_file = {});

// The full path of `program` (searched on PATH when it has no '/'), or nullopt.
std::optional<std::string> find_program(const std::string& program);

}  // namespace pycxx
