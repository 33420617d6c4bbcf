"""Differential tests of modules/exceptions.py: try/except/else/finally (every exit through
finally), the builtin class hierarchy in except, raise forms, assert, exceptions raised by
the runtime caught, and exceptions leaving the module with their type, message and cause."""

import builtins
import re
from pathlib import Path

import numpy as np
import pytest

from harness import call, differential, load_reference

CALLS = (
    [call("divide", 7, 2), call("divide", 7, 0)]
    + [call("classify", n) for n in range(8)]
    + [call("uncaught", n) for n in range(8)]
    + [call("else_and_finally", n) for n in (-1, 1)]
    + [call("finally_loop", n) for n in (0, 3, 10)]
    + [call("finally_while", n) for n in (0, 5, 10, 20)]
    + [call("finally_return", n) for n in (1, 5)]
    + [call("finally_overrides_exception", n) for n in (0, 2)]
    + [call("finally_break_swallows", n) for n in (0, 3)]
    + [call("nested_finally_return", n) for n in (-1, 1, 7)]
    + [call("exception_in_handler_runs_finally", 0)]
    + [call("reraise", n) for n in (0, 1, 6)]
    + [call("raise_caught_value", n) for n in (0, 1, 2)]
    + [call("chained", n) for n in (0, 2)]
    + [call("chained_none", n) for n in (0, 2)]
    + [call("message_from_caught", n) for n in (0, 3)]
    + [call("index_error", np.arange(3.0), n) for n in (0, -3, 3, -4)]
    + [call("checked", n) for n in (-1, 5, 100)]
    + [call("else_not_caught", n) for n in (0, 1)]
    + [call("name_deleted_after_handler", n) for n in (0, 1)]
    + [call("recursion_caught", n) for n in (10, 10**8)]
    + [call("handler_reraise_in_nested_try", n) for n in (0, 1)]
    + [call("loop_else_with_finally", n) for n in (2, 10)]
    + [call(f, n) for f in ("loop_handler_break", "continue_in_handler", "return_in_else",
                            "finally_raises_over_return", "break_in_finally", "none_return", "tuple_return",
                            "maybe_unbound", "catch_deep") for n in (0, 1, 3, 6)]
    + [call("float_errors", x) for x in (0.0, 2.0)]
    + [call("context_of_runtime_error", n) for n in (0, 1)]
    + [call("key_errors", n) for n in range(4)]
    + [call("for_each_in_try", n) for n in (0, 3)]
    + [call("closure_with_finally", n) for n in (0, 3, 7)]
    + [call("sum_generated", n) for n in (0, 1, 2, 5)]
    + [call("str_messages", n, s) for n, s in ((-2, "n"), (0, "k"), (0, "it's"), (0, "5"), (3, "x"))]
    + [call("list_loop_in_try", w) for w in (["ab", "c", "stop", "x"], [])]
)

test_function, test_call, test_module = differential("exceptions", CALLS)


def compiled(compiled_modules):
    module = compiled_modules["exceptions"]
    if isinstance(module, str):
        pytest.fail(module, pytrace=False)
    return module


def raised(function, *args):
    with pytest.raises(BaseException) as info:
        function(*args)
    return info.value


def describe(e):
    """What of an exception must survive compilation: class, message, cause, suppression, context."""
    if e is None:
        return None
    return type(e), str(e), describe(e.__cause__), e.__suppress_context__, describe(e.__context__)


CHAINS = [("chained", 0), ("chained_none", 0), ("message_from_caught", 0), ("uncaught", 4), ("reraise", 6),
          ("raise_caught_value", 2), ("handler_reraise_in_nested_try", 1), ("context_of_runtime_error", 0),
          ("context_chain", 0), ("key_errors", 0), ("key_errors", 3), ("raise_outer_inside_inner", 0),
          ("raise_outer_inside_inner", 1)]


@pytest.mark.parametrize("function, arg", CHAINS)
def test_chain_reaches_python(function, arg, compiled_modules):
    """`raise ... from e` / `from None` leave compiled code with __cause__ and
    __suppress_context__ as CPython sets them, and an exception raised inside an except
    clause has the handled one as __context__ (not itself, for `raise e`)."""
    module, reference = compiled(compiled_modules), load_reference("exceptions")
    assert describe(raised(getattr(module, function), arg)) == describe(raised(getattr(reference, function), arg))


@pytest.mark.parametrize("n", [0, 1])
def test_returned_exception_is_an_exception_object(n, compiled_modules):
    module, reference = compiled(compiled_modules), load_reference("exceptions")
    assert describe(module.returns_exception(n)) == describe(reference.returns_exception(n))


def test_exception_table_is_cpythons_hierarchy():
    """runtime/pycxx/exception_kind.def is the one place the hierarchy `except` matches on:
    each row's base must be the class's base in CPython."""
    table = Path(__file__).resolve().parents[2] / "runtime" / "pycxx" / "exception_kind.def"
    rows = re.findall(r"^PYCXX_EXCEPTION\((\w+), (\w+)\)", table.read_text(), re.M)
    assert len(rows) > 10
    for name, base in rows:
        cls = getattr(builtins, name)
        if name == base:
            assert cls is BaseException, name  # the root row
        else:
            assert cls.__bases__ == (getattr(builtins, base),), name


def test_context_is_the_innermost_handled_exception(compiled_modules):
    """Called from a Python except clause, an exception chained inside compiled code keeps
    its compiled context; one without keeps CPython's (the caller's handled exception)."""
    module, reference = compiled(compiled_modules), load_reference("exceptions")
    for m in (module, reference):
        def outer(function, arg):
            try:
                raise LookupError("python level")
            except LookupError:
                function(arg)
        assert describe(raised(outer, m.context_chain, 0)) == describe(raised(outer, reference.context_chain, 0))
        assert describe(raised(outer, m.divide_by, 0)) == describe(raised(outer, reference.divide_by, 0))
        assert describe(raised(outer, m.chained, 0)) == describe(raised(outer, reference.chained, 0))
        assert describe(m.returns_exception(1)) == describe(reference.returns_exception(1))
