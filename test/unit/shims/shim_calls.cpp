// The differential test's dispatcher (shim_calls.hpp): one row per shim name, choosing the
// overload from the argument kinds. Written out by hand on purpose: this file is C++ code
// calling the shims as generated code does, so a shim that does not compile fails here.
#include "shim_calls.hpp"

#include <cmath>
#include <functional>
#include <map>
#include <stdexcept>
#include <tuple>

#include "math/acos.hpp"
#include "math/acosh.hpp"
#include "math/asin.hpp"
#include "math/asinh.hpp"
#include "math/atan.hpp"
#include "math/atan2.hpp"
#include "math/atanh.hpp"
#include "math/cbrt.hpp"
#include "math/ceil.hpp"
#include "math/comb.hpp"
#include "math/copysign.hpp"
#include "math/cos.hpp"
#include "math/cosh.hpp"
#include "math/degrees.hpp"
#include "math/e.hpp"
#include "math/erf.hpp"
#include "math/erfc.hpp"
#include "math/exp.hpp"
#include "math/exp2.hpp"
#include "math/expm1.hpp"
#include "math/fabs.hpp"
#include "math/factorial.hpp"
#include "math/floor.hpp"
#include "math/fmod.hpp"
#include "math/frexp.hpp"
#include "math/gamma.hpp"
#include "math/gcd.hpp"
#include "math/hypot.hpp"
#include "math/inf.hpp"
#include "math/isclose.hpp"
#include "math/isfinite.hpp"
#include "math/isinf.hpp"
#include "math/isnan.hpp"
#include "math/isqrt.hpp"
#include "math/lcm.hpp"
#include "math/ldexp.hpp"
#include "math/lgamma.hpp"
#include "math/log.hpp"
#include "math/log10.hpp"
#include "math/log1p.hpp"
#include "math/log2.hpp"
#include "math/modf.hpp"
#include "math/nan.hpp"
#include "math/nextafter.hpp"
#include "math/perm.hpp"
#include "math/pi.hpp"
#include "math/pow.hpp"
#include "math/radians.hpp"
#include "math/remainder.hpp"
#include "math/sin.hpp"
#include "math/sinh.hpp"
#include "math/sqrt.hpp"
#include "math/tan.hpp"
#include "math/tanh.hpp"
#include "math/tau.hpp"
#include "math/trunc.hpp"
#include "math/ulp.hpp"
#include "builtins/abs.hpp"
#include "builtins/divmod.hpp"
#include "builtins/max.hpp"
#include "builtins/min.hpp"
#include "builtins/pow.hpp"
#include "builtins/round.hpp"

namespace pycxx::shims::test {
namespace {

using Args = std::vector<Value>;

double F(const Value& v) { return v.kind == Value::float_ ? v.f : static_cast<double>(v.i); }
std::int64_t I(const Value& v) { return v.i; }
bool is_int(const Value& v) { return v.kind == Value::int_; }
bool all_int(const Args& a) {
  for (const Value& v : a)
    if (!is_int(v)) return false;
  return true;
}

Value val(double f) { Value v; v.kind = Value::float_; v.f = f; return v; }
Value val(std::int64_t i) { Value v; v.kind = Value::int_; v.i = i; return v; }
Value val(bool b) { Value v; v.kind = Value::bool_; v.b = b; return v; }
template <class... T>
Value val(const std::tuple<T...>& t) {
  Value v;
  v.kind = Value::tuple;
  std::apply([&](const auto&... e) { (v.items.push_back(val(e)), ...); }, t);
  return v;
}

std::vector<double> floats(const Args& a, std::size_t from) {
  std::vector<double> out;
  for (std::size_t k = from; k < a.size(); ++k) out.push_back(F(a[k]));
  return out;
}
std::vector<std::int64_t> ints(const Args& a, std::size_t from) {
  std::vector<std::int64_t> out;
  for (std::size_t k = from; k < a.size(); ++k) out.push_back(I(a[k]));
  return out;
}

// star_args<T> is std::initializer_list<T>, which only a braced list makes: the table's
// calls have at most five arguments, so spell the lengths out.
template <class T, class Fn>
auto with_list(const std::vector<T>& v, Fn fn) {
  switch (v.size()) {
    case 0: return fn({});
    case 1: return fn({v[0]});
    case 2: return fn({v[0], v[1]});
    case 3: return fn({v[0], v[1], v[2]});
    case 4: return fn({v[0], v[1], v[2], v[3]});
    case 5: return fn({v[0], v[1], v[2], v[3], v[4]});
  }
  throw std::runtime_error("too many arguments for the test dispatcher");
}

const std::map<std::string, std::function<Value(const Args&)>>& table() {
  static const std::map<std::string, std::function<Value(const Args&)>> rows = {
      {"math.acos", [](const Args& a) { return val(math::acos(F(a[0]))); }},
      {"math.acosh", [](const Args& a) { return val(math::acosh(F(a[0]))); }},
      {"math.asin", [](const Args& a) { return val(math::asin(F(a[0]))); }},
      {"math.asinh", [](const Args& a) { return val(math::asinh(F(a[0]))); }},
      {"math.atan", [](const Args& a) { return val(math::atan(F(a[0]))); }},
      {"math.atanh", [](const Args& a) { return val(math::atanh(F(a[0]))); }},
      {"math.cbrt", [](const Args& a) { return val(math::cbrt(F(a[0]))); }},
      {"math.cos", [](const Args& a) { return val(math::cos(F(a[0]))); }},
      {"math.cosh", [](const Args& a) { return val(math::cosh(F(a[0]))); }},
      {"math.erf", [](const Args& a) { return val(math::erf(F(a[0]))); }},
      {"math.erfc", [](const Args& a) { return val(math::erfc(F(a[0]))); }},
      {"math.exp", [](const Args& a) { return val(math::exp(F(a[0]))); }},
      {"math.exp2", [](const Args& a) { return val(math::exp2(F(a[0]))); }},
      {"math.expm1", [](const Args& a) { return val(math::expm1(F(a[0]))); }},
      {"math.fabs", [](const Args& a) { return val(math::fabs(F(a[0]))); }},
      {"math.log1p", [](const Args& a) { return val(math::log1p(F(a[0]))); }},
      {"math.sin", [](const Args& a) { return val(math::sin(F(a[0]))); }},
      {"math.sinh", [](const Args& a) { return val(math::sinh(F(a[0]))); }},
      {"math.sqrt", [](const Args& a) { return val(math::sqrt(F(a[0]))); }},
      {"math.tan", [](const Args& a) { return val(math::tan(F(a[0]))); }},
      {"math.tanh", [](const Args& a) { return val(math::tanh(F(a[0]))); }},
      {"math.log2", [](const Args& a) { return val(math::log2(F(a[0]))); }},
      {"math.log10", [](const Args& a) { return val(math::log10(F(a[0]))); }},
      {"math.degrees", [](const Args& a) { return val(math::degrees(F(a[0]))); }},
      {"math.radians", [](const Args& a) { return val(math::radians(F(a[0]))); }},
      {"math.ulp", [](const Args& a) { return val(math::ulp(F(a[0]))); }},
      {"math.gamma", [](const Args& a) { return val(math::gamma(F(a[0]))); }},
      {"math.lgamma", [](const Args& a) { return val(math::lgamma(F(a[0]))); }},
      {"math.isfinite", [](const Args& a) { return val(math::isfinite(F(a[0]))); }},
      {"math.isinf", [](const Args& a) { return val(math::isinf(F(a[0]))); }},
      {"math.isnan", [](const Args& a) { return val(math::isnan(F(a[0]))); }},
      {"math.atan2", [](const Args& a) { return val(math::atan2(F(a[0]), F(a[1]))); }},
      {"math.copysign", [](const Args& a) { return val(math::copysign(F(a[0]), F(a[1]))); }},
      {"math.fmod", [](const Args& a) { return val(math::fmod(F(a[0]), F(a[1]))); }},
      {"math.remainder", [](const Args& a) { return val(math::remainder(F(a[0]), F(a[1]))); }},
      {"math.nextafter", [](const Args& a) { return val(math::nextafter(F(a[0]), F(a[1]))); }},
      {"math.pow", [](const Args& a) { return val(math::pow(F(a[0]), F(a[1]))); }},
      {"math.log", [](const Args& a) { return a.size() == 1 ? val(math::log(F(a[0]))) : val(math::log(F(a[0]), F(a[1]))); }},
      {"math.floor", [](const Args& a) { return is_int(a[0]) ? val(math::floor(I(a[0]))) : val(math::floor(F(a[0]))); }},
      {"math.ceil", [](const Args& a) { return is_int(a[0]) ? val(math::ceil(I(a[0]))) : val(math::ceil(F(a[0]))); }},
      {"math.trunc", [](const Args& a) { return is_int(a[0]) ? val(math::trunc(I(a[0]))) : val(math::trunc(F(a[0]))); }},
      {"math.frexp", [](const Args& a) { return val(math::frexp(F(a[0]))); }},
      {"math.modf", [](const Args& a) { return val(math::modf(F(a[0]))); }},
      {"math.ldexp", [](const Args& a) { return val(math::ldexp(F(a[0]), I(a[1]))); }},
      {"math.factorial", [](const Args& a) { return val(math::factorial(I(a[0]))); }},
      {"math.isqrt", [](const Args& a) { return val(math::isqrt(I(a[0]))); }},
      {"math.comb", [](const Args& a) { return val(math::comb(I(a[0]), I(a[1]))); }},
      {"math.perm", [](const Args& a) { return a.size() == 1 ? val(math::perm(I(a[0]))) : val(math::perm(I(a[0]), I(a[1]))); }},
      {"math.gcd", [](const Args& a) { return val(with_list(ints(a, 0), [](star_args<std::int64_t> l) { return math::gcd(l); })); }},
      {"math.lcm", [](const Args& a) { return val(with_list(ints(a, 0), [](star_args<std::int64_t> l) { return math::lcm(l); })); }},
      {"math.hypot", [](const Args& a) { return val(with_list(floats(a, 0), [](star_args<double> l) { return math::hypot(l); })); }},
      {"math.isclose", [](const Args& a) { return val(math::isclose(F(a[0]), F(a[1]), F(a[2]), F(a[3]))); }},
      {"builtins.abs", [](const Args& a) { return is_int(a[0]) ? val(builtins::abs(I(a[0]))) : val(builtins::abs(F(a[0]))); }},
      {"builtins.round", [](const Args& a) {
         if (a.size() == 1) return is_int(a[0]) ? val(builtins::round(I(a[0]))) : val(builtins::round(F(a[0])));
         return is_int(a[0]) ? val(builtins::round(I(a[0]), I(a[1]))) : val(builtins::round(F(a[0]), I(a[1])));
       }},
      {"builtins.divmod", [](const Args& a) { return all_int(a) ? val(builtins::divmod(I(a[0]), I(a[1]))) : val(builtins::divmod(F(a[0]), F(a[1]))); }},
      {"builtins.pow", [](const Args& a) {
         if (a.size() == 3) return val(builtins::pow(I(a[0]), I(a[1]), I(a[2])));
         return all_int(a) ? val(builtins::pow(I(a[0]), I(a[1]))) : val(builtins::pow(F(a[0]), F(a[1])));
       }},
      {"builtins.max", [](const Args& a) {
         if (all_int(a)) return val(with_list(ints(a, 2), [&](star_args<std::int64_t> l) { return builtins::max(I(a[0]), I(a[1]), l); }));
         return val(with_list(floats(a, 2), [&](star_args<double> l) { return builtins::max(F(a[0]), F(a[1]), l); }));
       }},
      {"builtins.min", [](const Args& a) {
         if (all_int(a)) return val(with_list(ints(a, 2), [&](star_args<std::int64_t> l) { return builtins::min(I(a[0]), I(a[1]), l); }));
         return val(with_list(floats(a, 2), [&](star_args<double> l) { return builtins::min(F(a[0]), F(a[1]), l); }));
       }},
  };
  return rows;
}

}  // namespace

Value call(const std::string& name, const std::vector<Value>& args) {
  auto it = table().find(name);
  if (it == table().end()) throw std::runtime_error("no test dispatcher row for " + name);
  return it->second(args);
}

std::string show(const Value& v) {
  char buffer[64];
  switch (v.kind) {
    case Value::int_: return "i:" + std::to_string(v.i);
    case Value::bool_: return v.b ? "b:1" : "b:0";
    case Value::float_: std::snprintf(buffer, sizeof buffer, "f:%a", v.f); return buffer;
    case Value::tuple: {
      std::string out = "t(";
      for (std::size_t k = 0; k < v.items.size(); ++k) out += (k ? " " : "") + show(v.items[k]);
      return out + ")";
    }
  }
  return "?";
}

}  // namespace pycxx::shims::test
