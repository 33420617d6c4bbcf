"""Regressions the random-program tester found (issue 11), each a module in regressions/ built
with pycxx and compared with CPython: module-level code that raises (the import raises, as
CPython's does, instead of aborting the process), defaults computed once at load, literal-only
subexpressions typed as int64, unary operators spelled so C++ cannot read a decrement. The
C++ compiler's miscompiles are test_miscompiles.py."""

from __future__ import annotations

import importlib.util
import sys
import sysconfig
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REGRESSIONS = HERE / "regressions"
sys.path.insert(0, str(HERE.parent / "run"))

from harness import INT_OVERFLOW, load_compiled, same  # noqa: E402

SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")


def compiled(built: Path, name: str):
    return load_compiled(name, built / f"{name}{SUFFIX}")


def reference(name: str):
    spec = importlib.util.spec_from_file_location("reference_" + name, REGRESSIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outcome(function, *args, **kwargs):
    try:
        return ("return", function(*args, **kwargs))
    except Exception as e:
        return ("raise", type(e), str(e))


def agree(name, built, function, *args, **kwargs):
    expected = outcome(getattr(reference(name), function), *args, **kwargs)
    got = outcome(getattr(compiled(built, name), function), *args, **kwargs)
    assert expected[0] == got[0], f"{function}{args}: CPython {expected}, compiled {got}"
    if expected[0] == "return":
        assert same(expected[1], got[1]), f"{function}{args}: CPython {expected}, compiled {got}"
    else:
        assert expected[1:] == got[1:], f"{function}{args}: CPython {expected}, compiled {got}"


# ---- point 4: module-level code that raises ----------------------------------------------

@pytest.mark.parametrize("name", ["import_const_zerodiv", "import_default_zerodiv"])
def test_import_raises_as_cpython(built, name):
    with pytest.raises(ZeroDivisionError) as expected:
        reference(name)
    for _ in range(2):  # catchable, and again on a second import
        with pytest.raises(ZeroDivisionError) as got:
            compiled(built, name)
        assert str(got.value) == str(expected.value) == "integer division or modulo by zero"


@pytest.mark.parametrize("name", ["import_const_overflow", "import_default_overflow"])
def test_import_raises_overflow_beyond_int64(built, name):
    reference(name)  # CPython's ints are unbounded: its import succeeds
    with pytest.raises(OverflowError) as got:
        compiled(built, name)
    assert str(got.value) == INT_OVERFLOW


# ---- point 3: defaults computed once, at load ---------------------------------------------

@pytest.mark.parametrize("args,kwargs", [((1,), {}), ((1, 2), {}), ((1, 2, 0.5, 3), {}), ((0,), {"d": -1}),
                                         ((2**62,), {"b": -2**62})])
def test_defaults(built, args, kwargs):
    agree("defaults_once", built, "f", *args, **kwargs)


@pytest.mark.parametrize("args", [(), ("a",), ("", 5)])
def test_str_and_int64_min_defaults(built, args):
    agree("defaults_once", built, "g", *args)


# ---- point 8: literal-only subexpressions are int64 ---------------------------------------

@pytest.mark.parametrize("function,args", [("chosen", (True,)), ("chosen", (False,)), ("bits", ()), ("spelled", ()),
                                           ("module_level", (True,)), ("module_level", (False,))])
def test_literal_typing(built, capsys, function, args):
    expected = outcome(getattr(reference("literal_typing"), function), *args)
    printed = capsys.readouterr().out
    got = outcome(getattr(compiled(built, "literal_typing"), function), *args)
    assert capsys.readouterr().out == printed
    assert expected == got
