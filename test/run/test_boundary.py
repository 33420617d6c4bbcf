"""Differential tests of modules/boundary.py: calls from CPython into compiled functions with
positional, keyword and default arguments, conversions (numpy scalars included), CPython's
TypeError messages for arity and keywords, pycxx's for wrong types, and returned objects."""

import numpy as np
import pytest

from harness import call, differential, load_reference, same

CALLS = [
    call("scale", 1.5), call("scale", 1.5, 3.0), call("scale", 1.5, 3.0, 1), call("scale", 1.5, offset=7),
    call("scale", x=1.0, factor=4.0), call("scale", factor=4.0, x=1.0), call("scale", 3), call("scale", True),
    call("describe", 5), call("describe", 5, True), call("describe", -5, z=2 - 1j),
    call("pair", (1, 2.5), (True, (3, 4))), call("pair", (2, 3.0), (False, (1, 5))),
    call("nothing", 1), call("no_arguments"), call("four", 1, 2), call("four", 1, 2, d=9), call("several"),
]

# CPython's own messages for calls that do not fit the signature: compared exactly.
ARITY = [
    call("scale"), call("scale", 1.0, 2.0, 3, 4), call("scale", 1.0, y=2), call("scale", 1.0, x=2.0),
    call("scale", factor=1.0), call("four"), call("four", 1), call("four", 1, 2, 3, 4, 5), call("four", 1, 2, 3, a=1),
    call("no_arguments", 1), call("no_arguments", x=1), call("nothing"), call("nothing", 1, 2),
    call("four", 1, 2, 3, 4, e=5), call("four", c=1, d=2),
]

test_function, test_call, test_module = differential("boundary", CALLS + ARITY)


# An argument is converted to its annotated type at the call (docs/semantics.md), so where
# CPython would pass the object through unchanged the compiled result has the annotated type.
CONVERSIONS = [
    (call("returns_float_from_int", 7), 7.0),
    (call("describe", 5, z=2.0), (5, False, 2 + 0j)),
    (call("describe", True, flag=True, z=3), (1, True, 3 + 0j)),
    (call("describe", np.int32(-4), np.bool_(True), np.complex128(1 - 1j)), (-4, True, 1 - 1j)),
    (call("describe", np.uint8(200), np.bool_(False), np.complex64(2)), (200, False, 2 + 0j)),
    (call("scale", np.float64(0.5)), 1.0),
    (call("scale", np.int64(3), np.float32(0.25)), 0.75),
    (call("pair", (np.int16(2), 3), (np.bool_(False), (1, 5))), (6.0, -4)),
]


@pytest.mark.parametrize("c, expected", CONVERSIONS, ids=[c.id for c, _ in CONVERSIONS])
def test_conversion(c, expected, compiled_modules):
    compiled = compiled_modules["boundary"]
    if isinstance(compiled, str):
        pytest.fail(f"building boundary.py failed:\n{compiled}", pytrace=False)
    got = getattr(compiled, c.function)(*c.args, **c.kwargs)
    assert same(got, expected), f"{c.id}: compiled returned {got!r}, expected {expected!r}"
    # The values agree with CPython's; only the types differ.
    assert getattr(load_reference("boundary"), c.function)(*c.args, **c.kwargs) == expected


# A wrong argument type: CPython would run the function (annotations are not checked) and
# fail somewhere inside, or not at all; the compiled module refuses it at the boundary with
# a TypeError naming the function, the parameter, the expected and the given type.
WRONG_TYPES = [
    (call("scale", "1.5"), "scale() argument 'x' must be float, not str"),
    (call("scale", 1.5, None), "scale() argument 'factor' must be float, not NoneType"),
    (call("scale", 1.5, offset=2.5), "scale() argument 'offset' must be int, not float"),
    (call("scale", 1j), "scale() argument 'x' must be float, not complex"),
    (call("describe", 1, 1), "describe() argument 'flag' must be bool, not int"),
    (call("describe", 1, z="j"), "describe() argument 'z' must be complex, not str"),
    (call("describe", [1]), "describe() argument 'n' must be int, not list"),
    (call("pair", [1, 2.5], (True, (3, 4))), "pair() argument 'p' must be tuple[int, float], not list"),
    (call("pair", (1, 2.5, 3), (True, (3, 4))), "pair() argument 'p' must be a tuple of length 2, not 3"),
    (call("pair", (1, "2.5"), (True, (3, 4))), "pair() argument 'p'[1] must be float, not str"),
    (call("pair", (1, 2.5), (True, (3, 4.0))), "pair() argument 'q'[1][1] must be int, not float"),
    (call("nothing", 2**64), None),
]


@pytest.mark.parametrize("c, message", WRONG_TYPES, ids=[c.id for c, _ in WRONG_TYPES])
def test_wrong_type(c, message, compiled_modules):
    compiled = compiled_modules["boundary"]
    if isinstance(compiled, str):
        pytest.fail(f"building boundary.py failed:\n{compiled}", pytrace=False)
    if message is None:  # an int beyond 64 bits: pycxx's documented OverflowError
        with pytest.raises(OverflowError, match=r"^nothing\(\) argument 'x': Python int too large"):
            getattr(compiled, c.function)(*c.args, **c.kwargs)
        return
    with pytest.raises(TypeError) as info:
        getattr(compiled, c.function)(*c.args, **c.kwargs)
    assert str(info.value) == message
