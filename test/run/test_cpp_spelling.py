"""Differential tests of modules/cpp_spelling.py: Python names that are C/C++ keywords,
macros or the generated wrapper's own names build and behave as in CPython (issue 20
point 10), and unary operator chains mean what Python means (issue 11 point 1)."""

import numpy as np

from harness import call, differential

CALLS = (
    [call("xor", 6, 3), call("locals_named_xor", 9), call("NULL", 2, 5), call("macros", 10), call("macros", -3)]
    + [call("keywords", a, b) for a in (True, False) for b in (True, False)]
    + [call("wrapper_names", 1, 2, 3, 4, 5), call("wrapper_names", arguments=1, args=2, nargs=3, kwnames=4, result=5)]
    + [call("write_back_names", [1], [2, 3])]
    + [call("generated_names", n) for n in (0, 1, 5)]
    + [call("closure_names", n) for n in (0, 1, 6)]
    + [call("lambda_names", [3, 1, 2])]
    + [call("array_names", np.array([1.0, 2.5, -4.0])), call("constants")]
    + [call("neg_neg", p) for p in (0.0, 1.5, -2.25, float("inf"))]
    + [call("neg_neg_literal"), call("neg_neg_literal_int"), call("neg_of_negative_literal_float")]
    + [call("neg_neg_int", n) for n in (0, 7, -9, 2**63 - 1, -(2**63) + 1)]
    + [call("unary_chains", p, n, b) for p, n, b in [(1.5, 3, True), (-0.0, -4, False), (2.0, 0, True)]]
    + [call("numpy_neg_neg", np.array([1.25, 2.0]))]
)

test_function, test_call, test_module = differential("cpp_spelling", CALLS)


def test_module_constants_keep_their_python_names(compiled_modules):
    module = compiled_modules["cpp_spelling"]
    assert not isinstance(module, str), module
    assert (module.NAN, module.INFINITY, module.M_PI, module.EOF_, module.true, module.false) == (
        1.5, 2, 3.0, "end", False, True)
