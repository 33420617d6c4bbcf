// Reading source files as CPython does (compiler/source): the PEP 263 cookie on any line
// length, UTF-8 as strict as Python's codec, a NUL byte ends reading with a located error,
// and the PEP 489 init function name of a non-ASCII module.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "compiler/source/module_init.hpp"
#include "compiler/source/source_encoding.hpp"
#include "compiler/source/source_file.hpp"

using namespace pycxx;

TEST_CASE("the encoding cookie is found on a line of any length", "[source]") {
  std::string error;
  // A 58,000-character first line overflowed the stack of std::regex.
  std::string text = "#" + std::string(58000, 'x') + " coding: latin-1\nx = '\xe9'\n";
  auto decoded = decode_python_source(text, error);
  REQUIRE(decoded);
  CHECK(decoded->ends_with("x = '\xc3\xa9'\n"));
  CHECK(decode_python_source("#" + std::string(100000, 'c') + "\nx = 1\n", error));
  CHECK(decode_python_source("# vim: set fileencoding=utf-8 :\n", error));
  CHECK(!decode_python_source("# coding=bogus\n", error));
  CHECK(error == "source encoding 'bogus' is not supported (use UTF-8 or Latin-1)");
  CHECK(decode_python_source("x = 1\n# coding: bogus\n", error));  // line 2 after a code line: no cookie
  CHECK(!decode_python_source("\n# coding: bogus\n", error));
}

TEST_CASE("UTF-8 is as strict as Python's codec, and the bad byte is located", "[source]") {
  std::string error;
  std::size_t at = 0;
  for (std::string bad : {"\xed\xa0\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xf4\x90\x80\x80", "\xff", "\xe2\x82"}) {
    CHECK(!decode_python_source("x = 1\ny = '" + bad + "'\n", error, &at));
    CHECK(at == 11);
  }
  CHECK(error.starts_with("Non-UTF-8 code starting with '\\x"));
  CHECK(decode_python_source("x = '\xf0\x9f\x98\x80 \xed\x9f\xbf \xee\x80\x80'\n", error, &at));
}

TEST_CASE("a NUL byte ends reading: /dev/zero is one located error", "[source]") {
  std::string error;
  SourceReadError detail;
  auto started = std::chrono::steady_clock::now();
  CHECK(!read_source_file("/dev/zero", error, &detail));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  CHECK(error == "/dev/zero: source code cannot contain null bytes");
  CHECK(detail.in_text);
  CHECK(detail.at == SourceLoc{1, 0});

  auto path = std::filesystem::temp_directory_path() / "pycxx_source_test_nul.py";
  std::ofstream(path, std::ios::binary) << std::string("x = 1\ny = 2\0z\n", 14);
  CHECK(!read_source_file(path.string(), error, &detail));
  CHECK(detail.at == SourceLoc{2, 5});
  CHECK(detail.text_before == "x = 1\ny = 2");
  std::ofstream(path, std::ios::binary) << "x = 1\ny = '\xed\xa0\x80'\n";
  CHECK(!read_source_file(path.string(), error, &detail));
  CHECK(detail.at == SourceLoc{2, 5});
  std::filesystem::remove(path);
}

TEST_CASE("a non-ASCII module's init function is PyInitU_ with punycode", "[source]") {
  // Python: 'möd'.encode('punycode') == b'md-fka' (PEP 489)
  CHECK(punycode("m\xc3\xb6" "d") == "md-fka");
  CHECK(punycode("\xc3\xbcmlaut_\xc3\xb6") == "mlaut_-1xa5b");
  CHECK(punycode("\xe6\x95\xb0\xe5\xad\xa6") == "48s96u");  // '数学'
  CHECK(module_init_function("mod") == "PyInit_mod");
  CHECK(module_init_function("m\xc3\xb6" "d") == "PyInitU_md_fka");
}

TEST_CASE("columns count characters for users", "[source]") {
  SourceFile file("m.py", "x = '\xc3\xa9\xc3\xa9' + y\n");
  CHECK(file.character_column({1, 11}) == 9);
  CHECK(file.character_column({1, 4}) == 4);
}
