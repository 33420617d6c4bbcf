// Exit statuses of the pycxx command and the two exceptions that carry a failure up to
// main.cpp: UserError (bad input or environment, status 1) and InternalError (a pycxx
// bug, status 2). Diagnostics about the Python source do not throw: they are collected.
#pragma once

#include <stdexcept>
#include <string>

namespace pycxx {

enum class ExitStatus { Ok = 0, UserError = 1, InternalError = 2 };

inline ExitStatus worst(ExitStatus a, ExitStatus b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

// Something the user can fix: a missing interpreter, a bad option value, a missing header package.
struct UserError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Something pycxx got wrong or an installation that is broken.
struct InternalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace pycxx
