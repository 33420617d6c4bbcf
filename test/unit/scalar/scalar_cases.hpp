// Row types of expected_tables.inc (CPython's answers, written by generate_tables.py) and the
// checks the table tests share: an expected value is compared bit for bit (-0.0 and NaN
// included), an expected exception by kind and exact message.
#pragma once

#include <catch2/catch.hpp>

#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>

#include "pycxx/errors.hpp"

namespace pycxx::test {

inline constexpr double INF = std::numeric_limits<double>::infinity();
inline constexpr double NAN_ = std::numeric_limits<double>::quiet_NaN();

struct int_binary_case { std::int64_t a, b; bool ok; std::int64_t result; const char* kind; const char* message; };
struct int_float_case { std::int64_t a, b; bool ok; double result; const char* kind; const char* message; };
struct float_binary_case { double x, y; bool ok; double result; const char* kind; const char* message; };
struct float_int_case { double x; bool ok; std::int64_t result; const char* kind; const char* message; };
struct float_round_case {
  double x;
  std::int64_t ndigits;
  bool ok;
  double result;
  const char* kind;
  const char* message;
};
struct complex_binary_case {
  std::complex<double> a, b;
  bool ok;
  std::complex<double> result;
  const char* kind;
  const char* message;
};
struct complex_abs_case { std::complex<double> a; bool ok; double result; const char* kind; const char* message; };
struct compare_case { std::int64_t i; double x; bool eq, lt, gt; };
struct repr_case { double x; const char* repr; };
struct complex_repr_case { std::complex<double> z; const char* repr; };

// Same double as CPython: equal bits up to NaN payloads.
inline bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return a == b && std::signbit(a) == std::signbit(b);
}
inline bool same_value(double a, double b) { return same_double(a, b); }
inline bool same_value(std::int64_t a, std::int64_t b) { return a == b; }
inline bool same_value(std::complex<double> a, std::complex<double> b) {
  return same_double(a.real(), b.real()) && same_double(a.imag(), b.imag());
}

inline std::string show(double d) {
  std::ostringstream s;
  s << std::hexfloat << d;
  return s.str();
}
inline std::string show(std::int64_t i) { return std::to_string(i); }
inline std::string show(std::complex<double> z) { return "(" + show(z.real()) + ", " + show(z.imag()) + ")"; }

// Runs `compute` and checks it against one row: the value, or the exception kind and message.
template <class Row, class Compute>
void check_row(const Row& row, const std::string& operands, Compute&& compute) {
  INFO("operands: " << operands);
  if (row.ok) {
    try {
      auto got = compute();
      INFO("got " << show(got) << ", CPython " << show(row.result));
      CHECK(same_value(got, row.result));
    } catch (const python_error& e) {
      FAIL_CHECK("raised " << exception_name(e.kind()) << ": " << e.message() << "; CPython gives "
                           << show(row.result));
    }
  } else {
    try {
      auto got = compute();
      FAIL_CHECK("returned " << show(got) << "; CPython raises " << row.kind << ": " << row.message);
    } catch (const python_error& e) {
      CHECK(std::string(exception_name(e.kind())) == row.kind);
      CHECK(e.message() == row.message);
    }
  }
}

// "Kind: message" of the python_error that f raises, or "no error": one string to CHECK.
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const python_error& e) {
    return std::string(exception_name(e.kind())) + ": " + e.message();
  }
  return "no error";
}

}  // namespace pycxx::test
