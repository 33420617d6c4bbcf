// ast_to_json: the rules of docs/ast_json.md for nodes, operators, lists, None and every
// kind of constant.
#include <catch2/catch.hpp>

#include "parse_helpers.hpp"

using pycxx::test::Parsed;

namespace {
// The JSON of the value of the first statement `x = <expr>`.
std::string value_json(const std::string& expr) {
  Parsed p("x = " + expr + "\n");
  REQUIRE(p.module);
  std::string json = p.json();
  auto at = json.find("\"value\":");
  REQUIRE(at != std::string::npos);
  return json.substr(at);
}
}  // namespace

TEST_CASE("a module dumps as nested objects with _type, fields in ast order, locations", "[parse][json]") {
  Parsed p("pass\n");
  REQUIRE(p.module);
  CHECK(p.json() ==
        R"({"_type":"Module","body":[{"_type":"Pass","lineno":1,"col_offset":0,"end_lineno":1,"end_col_offset":4}],"type_ignores":[]})");
}

TEST_CASE("operators and contexts are objects with only a _type", "[parse][json]") {
  CHECK(value_json("a + b").find(R"("op":{"_type":"Add"})") != std::string::npos);
  CHECK(value_json("a").find(R"("ctx":{"_type":"Load"})") != std::string::npos);
}

TEST_CASE("constants of every kind", "[parse][json]") {
  CHECK(value_json("'a\\n'").starts_with(R"("value":{"_type":"Constant","value":"a\n","kind":null)"));
  CHECK(value_json("u'a'").starts_with(R"("value":{"_type":"Constant","value":"a","kind":"u")"));
  CHECK(value_json("0xffffffffffffffffffff").starts_with(R"("value":{"_type":"Constant","value":1208925819614629174706175,)"));
  CHECK(value_json("1_000").starts_with(R"("value":{"_type":"Constant","value":1000,)"));
  CHECK(value_json("0.1").starts_with(R"("value":{"_type":"Constant","value":0.1,)"));
  CHECK(value_json("1.0").starts_with(R"("value":{"_type":"Constant","value":1.0,)"));
  CHECK(value_json("1e999").starts_with(R"("value":{"_type":"Constant","value":"inf",)"));
  CHECK(value_json("2j").starts_with(R"("value":{"_type":"Constant","value":{"complex":[0.0,2.0]},)"));
  CHECK(value_json("b'a\\x00'").starts_with(R"("value":{"_type":"Constant","value":{"bytes":[97,0]},)"));
  CHECK(value_json("...").starts_with(R"("value":{"_type":"Constant","value":{"Ellipsis":true},)"));
  CHECK(value_json("None").starts_with(R"("value":{"_type":"Constant","value":null,)"));
  CHECK(value_json("True").starts_with(R"("value":{"_type":"Constant","value":true,)"));
  CHECK(value_json("'\\N{BULLET}'").starts_with("\"value\":{\"_type\":\"Constant\",\"value\":\"\xE2\x80\xA2\","));
  CHECK(value_json("'\\ud800'").starts_with(R"("value":{"_type":"Constant","value":"\ud800",)"));
}

TEST_CASE("missing optional fields are null and absent lists are empty arrays", "[parse][json]") {
  Parsed p("def f(): return\n");
  REQUIRE(p.module);
  std::string json = p.json();
  CHECK(json.find(R"("returns":null)") != std::string::npos);
  CHECK(json.find(R"("decorator_list":[])") != std::string::npos);
  CHECK(json.find(R"({"_type":"Return","value":null,)") != std::string::npos);
}

TEST_CASE("non-ASCII identifiers are NFKC-normalised", "[parse][json]") {
  Parsed p("\xEF\xBD\x86 = 1\n");  // FULLWIDTH LATIN SMALL LETTER F
  REQUIRE(p.module);
  CHECK(p.json().find(R"("id":"f")") != std::string::npos);
}
