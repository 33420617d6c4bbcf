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

TEST_CASE("several arguments: str(e) is the tuple's repr, one argument its own", "[errors]") {
  python_error two = exception_with_args<exception_kind::ValueError>(std::string("'bad'"), std::string("3"));
  CHECK(two.has_arg_reprs());
  CHECK(two.str() == "('bad', 3)");
  CHECK(two.arg_reprs().size() == 2);
  python_error one = exception_with_args<exception_kind::IndexError>(std::string("5"));
  CHECK(one.str() == "5");
  python_error plain(exception_kind::ValueError, "message");
  CHECK_FALSE(plain.has_arg_reprs());
}

TEST_CASE("a raise in a finally block chains the pending exception, the innermost handled one", "[errors]") {
  // try: raise ValueError  finally: raise KeyError  -> KeyError.__context__ is the ValueError
  std::exception_ptr pending;
  try {
    raise(exception_kind::ValueError, "first");
  } catch (...) {
    pending = std::current_exception();
  }
  python_error e;
  try {
    finally_scope scope(pending);
    raise(exception_kind::KeyError, "second");
  } catch (const python_error& raised) {
    e = raised;
  }
  REQUIRE(e.context());
  CHECK(e.context()->kind() == exception_kind::ValueError);
  // A catch begun inside the finally block is the innermost: its exception is the context.
  python_error inner;
  try {
    finally_scope scope(pending);
    try {
      raise(exception_kind::TypeError, "inner");
    } catch (const python_error&) {
      try {
        raise(exception_kind::LookupError, "innermost");
      } catch (const python_error& raised) {
        inner = raised;
      }
    }
  } catch (...) {
  }
  REQUIRE(inner.context());
  CHECK(inner.context()->kind() == exception_kind::TypeError);
  // Without a pending exception (the body completed), nothing is chained; the scope is gone after.
  python_error alone = caught([] {
    finally_scope scope(nullptr);
    raise(exception_kind::ValueError, "alone");
  });
  CHECK_FALSE(alone.context());
  python_error after = caught([] { raise(exception_kind::ValueError, "after"); });
  CHECK_FALSE(after.context());
}
