// pycxx::str against CPython: code point indexing and slicing, operators, repr, and the
// methods in str_methods.hpp. Expected values are what python3 prints for the same calls.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "pycxx/containers/str.hpp"
#include "pycxx/containers/str_layout.hpp"
#include "pycxx/containers/str_methods.hpp"
#include "pycxx/containers/dict.hpp"
#include "raises.hpp"

using pycxx::str;
using i64 = std::int64_t;

TEST_CASE("str indexes and slices by code point") {
  str s = "h\u00e9llo w\u00f6rld";
  CHECK(!s.is_ascii());
  CHECK(s.len() == 11);
  CHECK(s[1] == str("\u00e9"));
  CHECK(s[-1] == str("d"));
  CHECK(s.slice({pycxx::slice_none, pycxx::slice_none, -2}) == str("drwolh"));
  CHECK(s.slice({1, 4, pycxx::slice_none}) == str("\u00e9ll"));
  CHECK(s.code_point(1) == U'\u00e9');
  REQUIRE_RAISES(s[11], IndexError, "string index out of range");
  REQUIRE_RAISES(str("")[0], IndexError, "string index out of range");
  str a = "abcdef";
  CHECK(a.is_ascii());
  CHECK(a.len() == 6);
  CHECK(a[-2] == str("e"));
  CHECK(a.slice({pycxx::slice_none, pycxx::slice_none, -1}) == str("fedcba"));
  CHECK(a.slice({-3, pycxx::slice_none, pycxx::slice_none}) == str("def"));
  REQUIRE_RAISES(a.slice({pycxx::slice_none, pycxx::slice_none, 0}), ValueError, "slice step cannot be zero");
  str emoji = "a\U0001F600b";
  CHECK(emoji.len() == 3);
  CHECK(emoji[1].bytes() == "\U0001F600");
  CHECK(emoji.slice({pycxx::slice_none, pycxx::slice_none, -1}) == str("b\U0001F600a"));
}

TEST_CASE("str iterates by code point; compares with literals") {
  std::vector<std::string> chars;
  for (str ch : str("a\u00e9\U0001F600")) chars.push_back(ch.bytes());
  CHECK(chars == std::vector<std::string>{"a", "\u00e9", "\U0001F600"});
  CHECK(repr(pycxx::list<str>::from_range(str("ab"))) == "['a', 'b']");  // list("ab")
  int n = 0;
  for (str ch : str("")) n += static_cast<int>(ch.len());
  CHECK(n == 0);
  CHECK(str("abc") == "abc");
  CHECK("abd" > str("abc"));
}

TEST_CASE("str operators: + * in and code point order") {
  CHECK(str("ab") + str("\u00e9") == str("ab\u00e9"));
  CHECK(str("ab") * 3 == str("ababab"));
  CHECK((str("ab") * -1).len() == 0);
  CHECK(str("hello").contains(str("ell")));
  CHECK(str("hello").contains(str("")));
  CHECK(!str("hello").contains(str("z")));
  CHECK(str("ab") < str("b"));
  CHECK(str("\u00e9") > str("z"));
  CHECK(str("a") < str("ab"));
  CHECK(str("B") < str("a"));
  str t = "x";
  t += str("\u00e9");
  CHECK(!t.is_ascii());
  CHECK(t.len() == 2);
}

TEST_CASE("str repr and str() of numbers as CPython") {
  CHECK(repr(str("it's")) == "\"it's\"");
  CHECK(repr(str("a\"b")) == "'a\"b'");
  CHECK(repr(str("a'b\"c")) == "'a\\'b\"c'");
  CHECK(repr(str("\t\n\x01\x7f\u00e9\u00a0\\")) == "'\\t\\n\\x01\\x7f\u00e9\\xa0\\\\'");
  // repr('\xad\u200b\U000e0001\u00e9\u4e2d') == "'\\xad\\u200b\\U000e0001é中'"
  CHECK(repr(str("\u00ad\u200b\U000e0001\u00e9\u4e2d")) == "'\\xad\\u200b\\U000e0001\u00e9\u4e2d'");
  CHECK(pycxx::str_of(1.0) == str("1.0"));
  CHECK(pycxx::str_of(0.1) == str("0.1"));
  CHECK(pycxx::str_of(i64{-5}) == str("-5"));
  CHECK(pycxx::str_of(true) == str("True"));
  CHECK(pycxx::to_str(str("x\u00e9")) == "x\u00e9");
}

TEST_CASE("str split with whitespace and with a separator") {
  CHECK(repr(pycxx::split(str("  a  b \t c\n"))) == "['a', 'b', 'c']");
  CHECK(repr(pycxx::split(str(" a b c "), 1)) == "['a', 'b c ']");
  CHECK(repr(pycxx::split(str(" a  b "), 0)) == "['a  b ']");
  CHECK(repr(pycxx::split(str(""))) == "[]");
  CHECK(repr(pycxx::split(str("a\u3000b\u00a0c"))) == "['a', 'b', 'c']");  // Unicode whitespace
  // '\U0001F600 x'.split(): the emoji's last byte followed by ' ' must not read as a space
  CHECK(pycxx::split(str("\U0001F600 x")).len() == 2);
  CHECK(pycxx::split(str("\U0001F600 x"))[0] == str("\U0001F600"));
  CHECK(repr(pycxx::split(str("a,,b,"), str(","))) == "['a', '', 'b', '']");
  CHECK(repr(pycxx::split(str("a,b,c"), str(","), 1)) == "['a', 'b,c']");
  CHECK(repr(pycxx::split(str(""), str(","))) == "['']");
  CHECK(repr(pycxx::split(str("a<>b"), str("<>"))) == "['a', 'b']");
  REQUIRE_RAISES(pycxx::split(str("a"), str("")), ValueError, "empty separator");
}

TEST_CASE("str join, strip, lower, upper, startswith, endswith") {
  CHECK(pycxx::join(str(", "), pycxx::list<str>{"a", "b", "c"}) == str("a, b, c"));
  CHECK(pycxx::join(str("-"), pycxx::list<str>{}) == str(""));
  CHECK(pycxx::strip(str("\u00a0x\u3000")) == str("x"));
  CHECK(pycxx::strip(str("xxaxx"), str("x")) == str("a"));
  CHECK(pycxx::strip(str("ab"), str("ab")) == str(""));
  CHECK(pycxx::strip(str("\u00e9a\u00e9"), str("\u00e9")) == str("a"));
  CHECK(pycxx::lstrip(str("  a ")) == str("a "));
  CHECK(pycxx::rstrip(str("  a ")) == str("  a"));
  CHECK(pycxx::rstrip(str("a.,."), str(".,")) == str("a"));
  CHECK(pycxx::lstrip(str("..a"), str(".")) == str("a"));
  CHECK(pycxx::lower(str("AbC1")) == str("abc1"));
  CHECK(pycxx::upper(str("AbC1")) == str("ABC1"));
  // Unicode case mapping, against python3: 'Élan ǅ ß ﬁ İ Ω'.upper() / .lower()
  CHECK(pycxx::upper(str("\u00c9lan \u01c5 \u00df \ufb01 \u0130 \u03a9")) ==
        str("\u00c9LAN \u01c4 SS FI \u0130 \u03a9"));
  CHECK(pycxx::lower(str("\u00c9lan \u01c5 \u00df \ufb01 \u0130 \u03a9")) ==
        str("\u00e9lan \u01c6 \u00df \ufb01 i\u0307 \u03c9"));
  // final sigma: 'ΟΔΟΣ Σ AΣ. AΣb A\'Σ'.lower() == 'οδος σ aς. aσb a\'ς'
  CHECK(pycxx::lower(str("\u039f\u0394\u039f\u03a3 \u03a3 A\u03a3. A\u03a3b A'\u03a3")) ==
        str("\u03bf\u03b4\u03bf\u03c2 \u03c3 a\u03c2. a\u03c3b a'\u03c2"));
  CHECK(pycxx::upper(str("\u0101\u0103\U00010428")) == str("\u0100\u0102\U00010400"));  // stride-2 run, astral
  CHECK(pycxx::startswith(str("hello"), str("he")));
  CHECK(!pycxx::startswith(str("hello"), str("lo")));
  CHECK(pycxx::endswith(str("hello"), str("lo")));
  CHECK(pycxx::endswith(str("hello"), str("")));
}

TEST_CASE("str replace, find, index, count") {
  CHECK(pycxx::replace(str("aaa"), str("a"), str("b"), 2) == str("bba"));
  CHECK(pycxx::replace(str("aaa"), str("a"), str("bc")) == str("bcbcbc"));
  CHECK(pycxx::replace(str("ab"), str(""), str("-")) == str("-a-b-"));
  CHECK(pycxx::replace(str("ab"), str(""), str("-"), 2) == str("-a-b"));
  CHECK(pycxx::replace(str("h\u00e9"), str(""), str(".")) == str(".h.\u00e9."));
  CHECK(pycxx::find(str("h\u00e9llo"), str("l")) == 2);
  CHECK(pycxx::find(str("abc"), str("z")) == -1);
  CHECK(pycxx::rfind(str("abcabc"), str("b")) == 4);
  CHECK(pycxx::index(str("abc"), str("c")) == 2);
  REQUIRE_RAISES(pycxx::index(str("ab"), str("z")), ValueError, "substring not found");
  CHECK(pycxx::count(str("aaaa"), str("aa")) == 2);
  CHECK(pycxx::count(str("abc"), str("")) == 4);
  CHECK(pycxx::count(str("h\u00e9"), str("")) == 3);
}

TEST_CASE("str as a dict key hashes by value") {
  pycxx::dict<str, i64> d;
  d.set(str("ab"), 1);
  std::string built = "a";
  built += "b";
  CHECK(d.at(str(built)) == 1);
  REQUIRE_RAISES(d.at(str("zz")), KeyError, "'zz'");
}

TEST_CASE("str rsplit, splitlines, partition, justification as CPython") {
  CHECK(repr(pycxx::rsplit(str(" a b  c "), 1)) == "[' a b', 'c']");
  CHECK(repr(pycxx::rsplit(str("a,b,c"), str(","), 1)) == "['a,b', 'c']");
  CHECK(repr(pycxx::splitlines(str("a\r\nb\n\nc\vd\u0085e\u2028"))) == "['a', 'b', '', 'c', 'd', 'e']");
  CHECK(repr(pycxx::splitlines(str("a\r\nb\n"), true)) == "['a\\r\\n', 'b\\n']");
  CHECK(repr(pycxx::partition(str("a,b,c"), str(","))) == "('a', ',', 'b,c')");
  CHECK(repr(pycxx::partition(str("abc"), str("x"))) == "('abc', '', '')");
  CHECK(repr(pycxx::rpartition(str("a,b,c"), str(","))) == "('a,b', ',', 'c')");
  CHECK(repr(pycxx::rpartition(str("abc"), str("x"))) == "('', '', 'abc')");
  REQUIRE_RAISES(pycxx::partition(str("a,b"), str("")), ValueError, "empty separator");
  CHECK(pycxx::center(str("ab"), 7, str("*")) == str("***ab**"));
  CHECK(pycxx::center(str("abc"), 6, str("-")) == str("-abc--"));
  CHECK(pycxx::center(str("ab"), 6) == str("  ab  "));
  CHECK(pycxx::ljust(str("ab"), 4, str(".")) == str("ab.."));
  CHECK(pycxx::rjust(str("ab"), 1) == str("ab"));
  CHECK(pycxx::rjust(str("\u00e9"), 3, str("\u00e9")) == str("\u00e9\u00e9\u00e9"));
  REQUIRE_RAISES(pycxx::center(str("a"), 5, str("ab")), TypeError,
                 "The fill character must be exactly one character long");
  CHECK(pycxx::zfill(str("-42"), 6) == str("-00042"));
  CHECK(pycxx::zfill(str("+x"), 4) == str("+00x"));
  CHECK(pycxx::zfill(str("7"), 0) == str("7"));
  CHECK(pycxx::isspace(str(" \t\u3000")));
  CHECK(!pycxx::isspace(str("")));
  CHECK(!pycxx::isspace(str(" a")));
}
