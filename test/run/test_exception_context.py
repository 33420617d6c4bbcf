"""Differential tests of modules/exception_context.py: the whole chain of each exception
(class, message, args, __cause__, __suppress_context__, __context__) as CPython builds it."""

import pytest

from harness import call, differential, load_reference

CONTEXT_FUNCTIONS = ["raise_in_finally", "call_in_finally", "runtime_error_in_finally", "handler_inside_finally",
                     "handler_then_finally", "nested_finally", "finally_without_exception", "several_arguments",
                     "str_and_repr", "several_arguments_chained", "reprs"]
CALLS = [call(f, n) for f in CONTEXT_FUNCTIONS for n in range(7)]

test_function, test_call, test_module = differential("exception_context", CALLS)


def compiled(compiled_modules):
    module = compiled_modules["exception_context"]
    if isinstance(module, str):
        pytest.fail(module, pytrace=False)
    return module


def describe(e):
    if e is None:
        return None
    return type(e), str(e), repr(e), e.args, describe(e.__cause__), e.__suppress_context__, describe(e.__context__)


def outcome(function, *args):
    try:
        return ("return", function(*args))
    except Exception as e:
        return ("raise", describe(e))


@pytest.mark.parametrize("c", CALLS, ids=[c.id for c in CALLS])
def test_chain(c, compiled_modules):
    module, reference = compiled(compiled_modules), load_reference("exception_context")
    assert outcome(getattr(module, c.function), *c.args) == outcome(getattr(reference, c.function), *c.args)
