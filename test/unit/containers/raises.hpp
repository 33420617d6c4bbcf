// A Catch2 check that an expression raises python_error of one kind with one message (the
// message CPython 3.11 prints). Shared by the container test files in this folder.
#pragma once

#include <catch2/catch.hpp>

#include "pycxx/errors.hpp"

#define REQUIRE_RAISES(expr, kind_, message_)                            \
  do {                                                                   \
    bool raised_ = false;                                                \
    try {                                                                \
      (void)(expr);                                                      \
    } catch (const pycxx::python_error& e_) {                            \
      raised_ = true;                                                    \
      CHECK(e_.kind() == pycxx::exception_kind::kind_);                  \
      CHECK(e_.message() == std::string(message_));                      \
    }                                                                    \
    CHECK(raised_);                                                      \
  } while (false)
