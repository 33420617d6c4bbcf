// Reads scalar operations, one per line ("op operand..." with floats in C99 hex), applies the
// runtime's functions (runtime/pycxx/scalar/) and prints repr() of the result or "E message".
// test_scalar_runtime_random.py feeds it random operands and compares with CPython line by line.
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "pycxx/scalar/complex_ops.hpp"
#include "pycxx/scalar/float_ops.hpp"
#include "pycxx/scalar/format.hpp"
#include "pycxx/scalar/int_ops.hpp"

namespace {
double read_double() {
  std::string s;
  std::cin >> s;
  return std::strtod(s.c_str(), nullptr);  // streams do not parse hexfloats in libstdc++
}
std::int64_t read_int() {
  long long i;
  std::cin >> i;
  return i;
}

std::string apply(const std::string& op) {
  if (op == "int_truediv") {
    std::int64_t a = read_int(), b = read_int();
    return pycxx::repr(pycxx::int_truediv(a, b));
  }
  if (op == "float_mod_floordiv") {
    double x = read_double(), y = read_double();
    std::string mod = pycxx::repr(pycxx::float_mod(x, y));  // first, as Python's f"{x % y} {x // y}"
    return mod + " " + pycxx::repr(pycxx::float_floordiv(x, y));
  }
  if (op == "float_round") {
    double x = read_double();
    std::int64_t n = read_int();
    return pycxx::repr(pycxx::float_round(x, n));
  }
  if (op == "float_pow") {
    double x = read_double(), y = read_double();
    return pycxx::repr(pycxx::float_pow(x, y));
  }
  if (op == "float_repr") return pycxx::repr(read_double());
  double a = read_double(), b = read_double(), c = read_double(), d = read_double();
  pycxx::complex128 x{a, b}, y{c, d};
  if (op == "complex_truediv") return pycxx::repr(pycxx::complex_truediv(x, y));
  if (op == "complex_pow") return pycxx::repr(pycxx::complex_pow(x, y));
  if (op == "complex_mul") return pycxx::repr(pycxx::complex_mul(x, y));
  return "unknown operation " + op;
}
}  // namespace

int main() {
  std::string op;
  while (std::cin >> op) {
    try {
      std::cout << apply(op) << "\n";
    } catch (const pycxx::python_error& e) {
      std::cout << "E " << e.message() << "\n";
    }
  }
}
