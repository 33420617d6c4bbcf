// python_error, the one C++ exception type of compiled code (runtime/pycxx/errors.hpp):
// `except` matching follows exception_kind.def's hierarchy, `raise ... from` keeps the
// cause, and a raise inside a catch chains the handled exception as __context__ (but
// never an exception to itself, as `raise e` inside the clause that caught e would).
#include <catch2/catch.hpp>

#include "pycxx/errors.hpp"

using namespace pycxx;

namespace {
python_error caught(void (*body)()) {
  try {
    body();
  } catch (const python_error& e) {
    return e;
  }
  FAIL("no python_error was raised");
  return {};
}
}  // namespace

TEST_CASE("except matches a class and its subclasses only", "[errors]") {
  python_error zero(exception_kind::ZeroDivisionError, "division by zero");
  CHECK(zero.matches(exception_kind::ZeroDivisionError));
  CHECK(zero.matches(exception_kind::ArithmeticError));
  CHECK(zero.matches(exception_kind::Exception));
  CHECK(zero.matches(exception_kind::BaseException));
  CHECK_FALSE(zero.matches(exception_kind::LookupError));
  CHECK_FALSE(zero.matches(exception_kind::OverflowError));
  CHECK(python_error(exception_kind::KeyError, "'k'").matches(exception_kind::LookupError));
  CHECK(python_error(exception_kind::RecursionError, "").matches(exception_kind::RuntimeError));
  CHECK_FALSE(python_error(exception_kind::Exception, "").matches(exception_kind::ValueError));
}

TEST_CASE("a raise inside a catch chains the handled exception", "[errors]") {
  python_error e = caught([] {
    try {
      raise(exception_kind::KeyError, "'k'");
    } catch (const python_error&) {
      raise(exception_kind::ValueError, "second");
    }
  });
  CHECK(e.kind() == exception_kind::ValueError);
  REQUIRE(e.context());
  CHECK(e.context()->kind() == exception_kind::KeyError);
  CHECK(e.context()->message() == "'k'");
  CHECK_FALSE(e.cause());
  CHECK_FALSE(e.suppress_context());

  python_error outside = caught([] { raise(exception_kind::ValueError, "alone"); });
  CHECK_FALSE(outside.context());
}

TEST_CASE("raising a caught exception again does not make it its own context", "[errors]") {
  python_error e = caught([] {
    try {
      raise(exception_kind::IndexError, "out of range");
    } catch (const python_error& handled) {
      python_error copy = handled;  // `except IndexError as e: raise e`
      raise(copy);
    }
  });
  CHECK(e.kind() == exception_kind::IndexError);
  CHECK_FALSE(e.context());
}

TEST_CASE("raise from keeps the cause and suppresses the context", "[errors]") {
  python_error e = caught([] {
    try {
      raise(exception_kind::ZeroDivisionError, "integer division or modulo by zero");
    } catch (const python_error& handled) {
      raise(python_error(exception_kind::ValueError, "bad").set_cause(handled));
    }
  });
  REQUIRE(e.cause());
  CHECK(e.cause()->kind() == exception_kind::ZeroDivisionError);
  CHECK(e.suppress_context());
  REQUIRE(e.context());  // CPython sets both; __suppress_context__ hides the context
  CHECK(e.context()->kind() == exception_kind::ZeroDivisionError);

  python_error none = caught([] { raise(python_error(exception_kind::ValueError, "bad").set_cause_none()); });
  CHECK_FALSE(none.cause());
  CHECK(none.suppress_context());
}

TEST_CASE("raising an exception that is in the handled one's context chain cuts the cycle", "[errors]") {
  // except IndexError as e: try: raise OverflowError except OverflowError: raise e
  python_error e = caught([] {
    try {
      raise(exception_kind::IndexError, "i");
    } catch (const python_error& first) {
      python_error kept = first;
      try {
        raise(exception_kind::OverflowError, "o");
      } catch (const python_error&) {
        raise(kept);
      }
    }
  });
  CHECK(e.kind() == exception_kind::IndexError);
  REQUIRE(e.context());
  CHECK(e.context()->kind() == exception_kind::OverflowError);
  CHECK_FALSE(e.context()->context());  // CPython sets OverflowError's __context__ to None
}
