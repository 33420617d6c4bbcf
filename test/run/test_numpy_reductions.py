"""Differential tests of modules/numpy_reduce_moments.py, numpy_reduce_extrema.py, numpy_reduce_logic.py,
numpy_scans.py and numpy_ufunc_reduce.py: every reduction and scan shim over all
elements, over each axis (negative and out of range: numpy's AxisError), keepdims, dtype=, ddof,
on arrays with NaN, -0.0 and infinities, on empty arrays (numpy's "zero-size array" ValueError,
sum of nothing is 0), compared with numpy's values and dtypes."""

import warnings

import numpy as np

from harness import call, differential, module_functions

warnings.simplefilter("ignore")  # mean of empty: numpy warns and gives nan

M = np.array([[1.5, -2.0, 3.25, 0.0], [-0.0, 4.0, -1.0, 2.0], [7.0, -0.5, 1e300, 1e300]])
M_NAN = np.array([[1.5, np.nan, 3.0], [-0.0, 0.0, np.nan], [2.0, 1.0, -4.0]])
M_ZERO = np.array([[-0.0, 0.0], [0.0, -0.0]])
M_INF = np.array([[np.inf, -np.inf, 1.0], [np.inf, 2.0, 3.0]])
MI = np.array([[3, -1, 4, 1], [-5, 9, 2, -6], [5, 3, 5, 0]], np.int32)
MI_BIG = np.array([[2**31 - 1, 2**31 - 1], [-2**31, 7]], np.int32)
MB = np.array([[True, False, True], [True, True, True]])
MATRICES = {
    "f64": [M, M_NAN, M_ZERO, M_INF, np.zeros((0, 3)), np.zeros((2, 0)), M[:, ::-2]],
    "f32": [M.astype(np.float32), M_NAN.astype(np.float32), np.zeros((0, 2), np.float32)],
    "i32": [MI, MI_BIG, np.zeros((3, 0), np.int32), MI.T],
    "b": [MB, np.zeros((0, 2), bool), ~MB],
}
VECTORS = {
    "f64": [np.array([2.0, -1.0, np.nan, 5.0]), np.array([-0.0, 0.0]), np.array([0.0, -0.0]), np.zeros(0),
            np.array([1e308, 1e308, -np.inf]), np.array([3.0, 3.0, -1.0, -1.0])],
    "f32": [np.array([2.0, -1.0, np.nan, 5.0], np.float32), np.zeros(0, np.float32)],
    "i32": [np.array([4, -2, 9, 9, -2], np.int32), np.zeros(0, np.int32)],
    "b": [np.array([False, True, True]), np.zeros(0, bool)],
}
AXES = [0, 1, -1, -2, 2, -3]
ZERO_SIGN = ("max/min of equal zeros of both signs: numpy's answer depends on its SIMD lanes (here the last "
             "of the equal elements), pycxx keeps the first (docs/arrays.md)")


def marks(name: str, v) -> dict:
    both_zeros = v.size == 2 and v.dtype.kind == "f" and v[0] == 0 and v[1] == 0 and np.signbit(v[0]) != np.signbit(v[1])
    extremum = {"maximumreduce": "max", "minimumreduce": "min"}.get(name.split("_")[0], name.split("_")[0])
    if both_zeros and extremum in ("max", "min", "amax", "amin"):
        reference = getattr(np, extremum)
        if np.signbit(reference(v)) == np.signbit(v[0]):
            return {}  # numpy happens to keep the first here
        return {"differs": ZERO_SIGN}
    return {}
AXES_1D = [0, -1, 1, -2]


MODULES = ["numpy_reduce_moments", "numpy_reduce_extrema", "numpy_reduce_logic", "numpy_scans", "numpy_ufunc_reduce"]


def calls(module: str):
    out = []
    for name in module_functions(module):
        parts = name.split("_")  # reduction, kind, dtype(s)
        kind, d = parts[1], parts[-1]
        if kind == "accumulate" and parts[2] == "axis":
            kind = "axis"
        if kind in ("dtype", "ddof"):
            out += [call(name, m, ax) for m in MATRICES[parts[2]][:2] for ax in (0, 1, 2)]
        elif kind in ("all2", "method", "flat"):
            out += [call(name, m) for m in MATRICES[d]]
        elif kind == "axis1d":
            out += [call(name, v, ax, **(marks(name, v) if ax in (0, -1) else {}))
                    for v in VECTORS[d][:2] for ax in AXES_1D]
        elif kind in ("all", "accumulate"):
            out += [call(name, v, **(marks(name, v) if kind == "all" else {})) for v in VECTORS[d]]
        else:
            out += [call(name, m, ax) for m in MATRICES[d] for ax in AXES]
    return out


test_moments_function, test_moments_call, test_moments_module = differential(MODULES[0], calls(MODULES[0]))
test_extrema_function, test_extrema_call, test_extrema_module = differential(MODULES[1], calls(MODULES[1]))
test_logic_function, test_logic_call, test_logic_module = differential(MODULES[2], calls(MODULES[2]))
test_scans_function, test_scans_call, test_scans_module = differential(MODULES[3], calls(MODULES[3]))
test_ufunc_reduce_function, test_ufunc_reduce_call, test_ufunc_reduce_module = differential(MODULES[4], calls(MODULES[4]))
