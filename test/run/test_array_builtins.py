"""Differential tests of modules/array_builtins.py: iteration over arrays by comprehensions and
builtins (each failed in C++ after `pycxx check` passed), str() of int8..uint64 elements (failed
in C++), str()/print() of float32 and complex64 scalars (printed the float64 value) and numpy 2's
repr of numpy scalars and of containers holding them (np.float64(0.1), np.True_)."""

import numpy as np
import pytest

from harness import call, differential, load_reference

A = np.array([0.5, 2.0, -1.0])
CALLS = (
    [call(f, A) for f in ("comprehension", "generator_sum", "builtins", "of_expression")]
    + [call("comprehension", np.zeros(0)), call("generator_sum", np.zeros(0))]
    + [call("wrapped", np.array([100, -3, 64], np.int8))]
    + [call("enumerated", np.array([3, 4, 5], np.int32))]
    + [call("zipped", A, np.array([1.0, 2.0, 3.0])), call("zipped", A, np.array([1.0]))]
    + [call("listed", np.array([7, 2], np.int64))]
    + [call("rows", np.arange(6.0).reshape(2, 3)), call("rows", np.arange(6.0).reshape(3, 2).T)]
    + [call("element_strs", np.array([-5], np.int8), np.array([-300], np.int16), np.array([2**31 - 1], np.int32),
            np.array([2**32 - 1], np.uint32), np.array([2**64 - 1], np.uint64))]
    + [call("small_floats", np.array([v], np.float32), np.array([v + 0.2j], np.complex64))
       for v in (0.1, 1e6, 123456.0, 1e-4, 1.5e-4, 16777216.0, -0.0, float("nan"))]
    + [call("numpy_reprs", np.array([0.1, v]), np.array([0.1, v], np.float32), np.array([b, not b]),
            np.array([-3, 7], np.int32), np.array([2**64 - 1, 0], np.uint64), np.array([1 + 2j, 2j]), v)
       for v, b in ((1e16, True), (float("nan"), False), (-0.0, True), (float("-inf"), False))]
)

test_function, test_call, test_module = differential("array_builtins", CALLS)


@pytest.mark.parametrize("v", [0.1, 1e20, 3.0])
def test_print_of_float32(v, compiled_modules, capsys):
    module = compiled_modules["array_builtins"]
    assert not isinstance(module, str), module
    args = (np.array([v], np.float32), np.array([v - 1j], np.complex64))
    load_reference("array_builtins").small_floats(*args)
    expected = capsys.readouterr().out
    module.small_floats(*args)
    assert capsys.readouterr().out == expected


def test_ndarray_subclasses_whose_meaning_differs_are_refused(compiled_modules):
    """A masked array's mask would be ignored (np.max gave the masked value) and np.matrix
    multiplies and indexes otherwise: both are refused naming the argument; a plain subclass
    is an array."""
    module = compiled_modules["array_builtins"]
    assert not isinstance(module, str), module
    masked = np.ma.array([0.5, 9.0, -1.0], mask=[False, True, False])
    with pytest.raises(TypeError, match=r"^builtins\(\) argument 'a' must be numpy.ndarray\[float64, ndim=1\], not MaskedArray$"):
        module.builtins(masked)
    with pytest.raises(TypeError, match=r"^rows\(\) argument 'm' must be numpy.ndarray\[float64, ndim=2\], not matrix$"):
        module.rows(np.matrix([[1.0, 2.0], [3.0, 4.0]]))

    class Plain(np.ndarray):
        pass

    assert module.rows(np.arange(4.0).reshape(2, 2).view(Plain)) == [1.0, 5.0]
