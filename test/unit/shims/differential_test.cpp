// Differential test: every shim against CPython's own answers. cpython_cases.py runs
// python3 at build time over a table of inputs (NaN, -0.0, infinities, subnormals, int64
// limits) and writes one line per call; this test makes the same call through the shim
// (shim_calls.cpp picks the overload from the argument kinds, as sema does) and requires
// the same value, bit for bit (any NaN matches NaN), or the same exception and message.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "shim_calls.hpp"

namespace {

using pycxx::shims::test::Value;

Value parse_value(std::istream& in) {
  std::string token;
  in >> token;
  Value v;
  if (token.rfind("t(", 0) == 0) {  // "t(" then elements up to ")"
    std::string all = token.substr(2);
    std::string more;
    while (all.empty() || all.back() != ')') {
      in >> more;
      all += " " + more;
    }
    all.pop_back();
    std::istringstream inner(all);
    v.kind = Value::tuple;
    while (inner >> std::ws && !inner.eof()) v.items.push_back(parse_value(inner));
    return v;
  }
  std::string body = token.substr(2);
  switch (token[0]) {
    case 'i': v.kind = Value::int_; v.i = std::stoll(body); break;
    case 'b': v.kind = Value::bool_; v.b = body == "1"; break;
    default: v.kind = Value::float_; v.f = std::strtod(body.c_str(), nullptr); break;  // hex, inf, nan
  }
  return v;
}

bool same(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::int_: return a.i == b.i;
    case Value::bool_: return a.b == b.b;
    case Value::float_:
      if (std::isnan(a.f) || std::isnan(b.f)) return std::isnan(a.f) && std::isnan(b.f);
      return std::memcmp(&a.f, &b.f, sizeof a.f) == 0;  // -0.0 is not 0.0
    case Value::tuple:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t k = 0; k < a.items.size(); ++k)
        if (!same(a.items[k], b.items[k])) return false;
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every shim answers as CPython on the differential table") {
  std::ifstream file(PYCXX_CPYTHON_CASES);
  REQUIRE(file);
  std::string line;
  int checked = 0;
  while (std::getline(file, line)) {
    auto arrow = line.find(" -> ");
    REQUIRE(arrow != std::string::npos);
    std::istringstream head(line.substr(0, arrow));
    std::string name;
    head >> name;
    std::vector<Value> args;
    while (head >> std::ws && !head.eof()) args.push_back(parse_value(head));
    std::string expected = line.substr(arrow + 4);
    INFO(line);
    std::string raised;
    Value result;
    try {
      result = pycxx::shims::test::call(name, args);
    } catch (const pycxx::python_error& e) {
      raised = "E:" + std::string(pycxx::exception_name(e.kind())) + ":" + e.message();
    }
    if (expected.rfind("E:", 0) == 0) {
      CHECK(raised == expected);
    } else {
      CHECK(raised == "");
      std::istringstream in(expected);
      Value want = parse_value(in);
      if (raised.empty() && !same(result, want))
        CHECK(pycxx::shims::test::show(result) == expected);
    }
    ++checked;
  }
  CHECK(checked > 5000);
}
