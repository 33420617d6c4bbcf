"""Differential test of pycxx's array runtime against numpy.

The extension module _pycxx_runtime_check (check_module*.cpp) evaluates a named ufunc,
reduction, scan, where or indexing operation through pycxx's runtime and numpy bridge.
Each case here runs the same operation with numpy on random data (random shapes,
broadcasting, strided and negative-stride views, empty and non-finite inputs) and
compares dtype, shape and values; the bridge's no-copy and read-only rules are checked too.
"""
import math
import os
import sys

import numpy as np
import pytest

sys.path.insert(0, os.environ.get("PYCXX_RUNTIME_CHECK_DIR", os.path.dirname(__file__)))
import _pycxx_runtime_check as rt  # noqa: E402

RNG = np.random.default_rng(20261124)
DTYPES = ["bool", "int8", "int32", "int64", "uint8", "float32", "float64", "complex128"]
MATH = ["exp", "exp2", "log", "log2", "log10", "log1p", "expm1", "sqrt", "cbrt", "sin", "cos", "tan", "arcsin",
        "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "erf"]
EXACT_UNARY = ["negative", "positive", "absolute", "square", "sign", "floor", "ceil", "trunc", "rint", "isnan",
               "isinf", "isfinite", "logical_not", "invert"]
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power", "equal", "not_equal",
          "less", "less_equal", "greater", "greater_equal", "logical_and", "logical_or", "logical_xor",
          "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "maximum", "minimum",
          "arctan2", "hypot"]
MIXED = [("float32", "float64"), ("int32", "float32"), ("int64", "float64"), ("bool", "int32"),
         ("uint8", "int8"), ("int8", "int64"), ("float32", "complex128"), ("uint8", "float32")]


def supported(op, dt):
    kind = np.dtype(dt).kind
    if op in ("subtract", "negative", "positive", "sign"):
        return kind != "b"
    if op in ("floor_divide", "remainder", "less", "less_equal", "greater", "greater_equal", "arctan2", "hypot",
              "floor", "ceil", "trunc", "rint", "log1p", "expm1", "cbrt", "erf", "exp2", "log2", "maximum",
              "minimum"):
        return kind != "c"
    if op.startswith("bitwise") or op == "invert":
        return kind in "biu"
    if op.endswith("shift"):
        return kind in "iu"
    return True


def values(dt, shape, nonfinite=True, small=False):
    """Random values of dtype dt; floats get some nan/inf/-0.0 when nonfinite."""
    kind = np.dtype(dt).kind
    if kind == "b":
        return RNG.random(shape) < 0.5
    if kind in "iu":
        info = np.iinfo(dt)
        lo, hi = (0, 6) if small else (max(info.min, -50), min(info.max, 50))
        return RNG.integers(lo, hi, size=shape, endpoint=True).astype(dt)
    if kind == "c":
        return (RNG.normal(size=shape) * 3 + 1j * RNG.normal(size=shape) * 3).astype(dt)
    a = (RNG.normal(size=shape) * 4).astype(dt)
    if small:
        a = np.abs(a) % 3
    if nonfinite and a.size >= 4:
        flat = a.reshape(-1)
        flat[RNG.integers(0, a.size)] = np.nan
        flat[RNG.integers(0, a.size)] = np.inf
        flat[RNG.integers(0, a.size)] = -0.0
    return a


def layout(a, how):
    """The same values as `a` in another memory layout (a view where possible)."""
    if how == "c":
        return np.ascontiguousarray(a)
    if how == "f":
        return np.asfortranarray(a)
    if how == "strided":  # every other element of a bigger array
        big = np.zeros(tuple(2 * s for s in a.shape), dtype=a.dtype)
        view = big[tuple(slice(None, None, 2) for _ in a.shape)]
        view[...] = a
        return view
    if how == "reversed":  # negative strides on every axis
        rev = np.ascontiguousarray(a[tuple(slice(None, None, -1) for _ in a.shape)])
        return rev[tuple(slice(None, None, -1) for _ in a.shape)]
    raise ValueError(how)


def rank3(a):
    return a[(None,) * (3 - a.ndim)] if isinstance(a, np.ndarray) else a


def check_same(actual, expected, approx=False):
    expected = np.asarray(expected)
    actual = np.asarray(actual)
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert actual.shape == expected.shape, (actual.shape, expected.shape)
    if approx and expected.dtype.kind in "fc":
        eps = np.finfo(expected.dtype).eps
        np.testing.assert_allclose(actual, expected, rtol=16 * eps, atol=16 * eps, equal_nan=True)
    else:
        np.testing.assert_array_equal(actual, expected)


SHAPES = [((4, 5, 6), (4, 5, 6)), ((3, 1, 7), (5, 1)), ((2, 9), (9,)), ((0, 4), (4,)), ((1,), (3, 2, 1)),
          ((17,), (17,))]
LAYOUTS = ["c", "f", "strided", "reversed"]


def binary_cases():
    for op in BINARY:
        for i, dt in enumerate(DTYPES):
            # numpy computes these in float16 for 8-bit inputs; pycxx has no float16 (docs/runtime.md)
            if op in ("arctan2", "hypot") and dt in ("bool", "int8", "uint8"):
                continue
            if supported(op, dt):
                sa, sb = SHAPES[(i + len(op)) % len(SHAPES)]
                yield op, dt, dt, sa, sb, LAYOUTS[i % 4], LAYOUTS[(i + 1) % 4]
    for op in ["add", "multiply", "divide", "equal", "maximum"]:
        for j, (da, db) in enumerate(MIXED):
            if supported(op, np.result_type(da, db)):
                sa, sb = SHAPES[j % len(SHAPES)]
                yield op, da, db, sa, sb, LAYOUTS[j % 4], LAYOUTS[(j + 2) % 4]


@pytest.mark.parametrize("op,da,db,sa,sb,la,lb", list(binary_cases()))
def test_binary(op, da, db, sa, sb, la, lb):
    small = op in ("power", "left_shift", "right_shift")
    a = layout(values(da, sa, small=small), la)
    b = layout(values(db, sb, small=small), lb)
    with np.errstate(all="ignore"):
        expected = getattr(np, op)(rank3(a), rank3(b))
    actual = rt.binary(op, rank3(a), rank3(b))
    approx = op in ("power", "arctan2", "hypot") or np.result_type(a, b).kind == "c"
    check_same(actual, expected, approx=approx)


SCALARS = [True, 3, -2, 2.5, -0.0, 1.5 + 2j]


@pytest.mark.parametrize("op", ["add", "subtract", "multiply", "divide", "equal", "maximum", "less"])
@pytest.mark.parametrize("dt", DTYPES)
def test_python_scalars_are_weak(op, dt):
    a = layout(values(dt, (3, 4), nonfinite=False), "f")
    for s in SCALARS:
        with np.errstate(all="ignore"):
            try:
                expected = getattr(np, op)(rank3(a), s)
            except (TypeError, OverflowError):
                continue  # numpy refuses (bool subtract, complex ordering): pycxx does at compile time
        try:
            actual = rt.binary(op, rank3(a), s)
        except TypeError as e:
            assert "not covered" in str(e)
            continue
        check_same(actual, expected, approx=np.asarray(expected).dtype.kind == "c")


def unary_cases():
    for op in MATH + EXACT_UNARY:
        for i, dt in enumerate(["bool", "int32", "int64", "float32", "float64", "complex128"]):
            if supported(op, dt) and not (op in MATH + ["rint"] and dt == "bool"):  # float16 in numpy
                yield op, dt, SHAPES[i % len(SHAPES)][0], LAYOUTS[(i + len(op)) % 4]


@pytest.mark.parametrize("op,dt,shape,how", list(unary_cases()))
def test_unary(op, dt, shape, how):
    a = layout(values(dt, shape), how)
    if op in ("arcsin", "arccos", "arctanh") and a.dtype.kind == "f":
        a = layout(np.clip(values(dt, shape) / 5, -1, 1), how)
    with np.errstate(all="ignore"):
        if op == "erf":  # numpy has no erf: the C library's, elementwise
            expected = np.vectorize(math.erf, otypes=[np.result_type(a.dtype, np.float32)])(rank3(a))
            expected = expected.astype(np.float64 if a.dtype.itemsize >= 4 and a.dtype.kind != "f" else a.dtype)
        else:
            expected = getattr(np, op)(rank3(a))
    actual = rt.unary(op, rank3(a))
    check_same(actual, expected, approx=op in MATH or op == "sign" or a.dtype.kind == "c")


REDUCTIONS = ["sum", "prod", "mean", "max", "min", "argmax", "argmin", "any", "all", "var", "std"]
AXES = [None, 0, -1, (0, 2), 1]


def reduction_cases():
    for op in REDUCTIONS:
        for i, dt in enumerate(["bool", "int32", "int64", "float32", "float64", "complex128"]):
            if dt == "complex128" and op in ("max", "min", "argmax", "argmin"):
                continue
            axis = AXES[i % len(AXES)]
            if op.startswith("arg") and isinstance(axis, tuple):
                axis = 2
            keep = i % 2 == 1 and not (op.startswith("arg") and axis is None)
            yield op, dt, axis, keep, LAYOUTS[i % 4]


@pytest.mark.parametrize("op,dt,axis,keep,how", list(reduction_cases()))
def test_reduction(op, dt, axis, keep, how):
    a = layout(values(dt, (3, 40, 5), nonfinite=op not in ("prod",)), how)
    if op == "prod" and a.dtype.kind in "fc":
        a = layout((values(dt, (3, 40, 5), nonfinite=False) / 4 + 1), how)
    kwargs = {"axis": axis}
    if keep:
        kwargs["keepdims"] = True
    with np.errstate(all="ignore"):
        expected = getattr(np, op)(a, **kwargs)
        actual = rt.reduce(op, a, axis, keep, 0.0)
    if not isinstance(expected, np.ndarray):
        expected = np.asarray(expected)
        actual = np.asarray(actual, dtype=expected.dtype)
    check_same(actual, expected, approx=op in ("sum", "mean", "var", "std", "prod") or expected.dtype.kind == "c")


def test_sum_is_at_least_as_accurate_as_numpy():
    a = np.full(10**6 + 3, 0.1, dtype=np.float32)
    exact = float(np.sum(a.astype(np.float64)))
    ours = float(rt.reduce("sum", rank3(a), None, False, 0.0))
    theirs = float(np.sum(a))
    assert abs(ours - exact) <= abs(theirs - exact) * 1.01 + 1e-3


@pytest.mark.parametrize("ddof", [0.0, 1.0])
@pytest.mark.parametrize("axis", [None, 1, (0, 2)])
def test_var_std_ddof(ddof, axis):
    a = layout(values("float64", (4, 6, 3), nonfinite=False), "reversed")
    for op in ("var", "std"):
        check_same(rt.reduce(op, a, axis, False, ddof), getattr(np, op)(a, axis=axis, ddof=ddof), approx=True)


@pytest.mark.parametrize("op,empty_axis", [("max", None), ("argmin", None), ("min", 1)])
def test_empty_reductions_raise_as_numpy(op, empty_axis):
    a = np.zeros((3, 0, 2))
    with pytest.raises(ValueError) as theirs:
        getattr(np, op)(a, axis=empty_axis)
    with pytest.raises(ValueError) as ours:
        rt.reduce(op, a, empty_axis, False, 0.0)
    assert str(ours.value) == str(theirs.value)
    check_same(rt.reduce("max", a, 1 if op != "min" else 0, False, 0.0) if False else np.zeros(0), np.zeros(0))


def test_bad_axis_message():
    a = np.zeros((2, 3, 4))
    with pytest.raises(ValueError, match=r"^axis 3 is out of bounds for array of dimension 3$"):
        rt.reduce("sum", a, 3, False, 0.0)
    with pytest.raises(np.exceptions.AxisError, match=r"^axis 3 is out of bounds for array of dimension 3$"):
        np.sum(a, axis=3)


@pytest.mark.parametrize("op", ["cumsum", "cumprod", "maximum_accumulate", "minimum_accumulate"])
@pytest.mark.parametrize("axis", [None, 0, 2, -2])
@pytest.mark.parametrize("dt", ["int32", "float64", "bool"])
def test_scan(op, axis, dt):
    a = layout(values(dt, (3, 4, 5), nonfinite=op.endswith("accumulate")), "strided")
    if op == "cumprod" and dt == "float64":
        a = a / 4 + 1
    func = getattr(np, op) if op.startswith("cum") else getattr(np, op.split("_")[0]).accumulate
    if op.startswith("cum"):
        expected = func(a, axis=axis)
    else:
        expected = func(a.reshape(-1) if axis is None else a, axis=0 if axis is None else axis)
    check_same(rt.scan(op, a, axis), expected, approx=dt == "float64")


@pytest.mark.parametrize("dt", ["float32", "float64", "int64", "complex128"])
@pytest.mark.parametrize("other", ["array", 2.5, 7])
def test_where(dt, other):
    shape = (4, 1, 6)
    c = RNG.random((4, 5, 6)) < 0.5
    a = layout(values(dt, shape, nonfinite=False), "reversed")
    b = layout(values(dt, (6,), nonfinite=False), "c") if other == "array" else other
    expected = np.where(c, a, b)
    check_same(rt.where(c, a, rank3(b)), expected)


def test_simd_path_taken_for_contiguous_float_arrays():
    simd = 1  # loop_kind::simd in runtime/pycxx/array/hooks.hpp
    for dt in ("float32", "float64"):
        a = values(dt, (3, 4, 50), nonfinite=False)
        assert rt.loop_kind_of_add(a, a) == simd
        assert rt.loop_kind_of_add(a, a[:, :, ::-1]) != simd  # negative inner stride: strided loop


# ---- indexing, overlap and the bridge ----------------------------------------------------
def random_slice(n):
    step = int(RNG.choice([1, 2, 3, -1, -2]))
    start = None if RNG.random() < 0.3 else int(RNG.integers(-n - 2, n + 2))
    stop = None if RNG.random() < 0.3 else int(RNG.integers(-n - 2, n + 2))
    return start, stop, step


@pytest.mark.parametrize("seed", range(12))
def test_views_follow_python_slicing_and_share_memory(seed):
    a = layout(values("float64", (5, 6, 7), nonfinite=False), LAYOUTS[seed % 4])
    sl = tuple(random_slice(n) for n in a.shape)
    expected = a[tuple(slice(*s) for s in sl)]
    actual = rt.index("view3", a, sl)
    check_same(actual, expected)
    if actual.size:
        assert np.shares_memory(actual, a)
        assert actual.base is a or actual.base is a.base or np.shares_memory(actual.base, a)


def test_integer_index_newaxis_and_errors():
    a = values("float64", (3, 4, 5), nonfinite=False)
    check_same(rt.index("view_int", a, -1), a[-1, ..., np.newaxis])
    assert rt.index("at", a, (-1, 2, -5)) == a[-1, 2, -5]
    with pytest.raises(IndexError, match=r"^index 4 is out of bounds for axis 1 with size 4$"):
        rt.index("at", a, (0, 4, 0))
    with pytest.raises(ValueError, match="slice step cannot be zero"):
        rt.index("view3", a, ((None, None, 0), (None, None, 1), (None, None, 1)))


@pytest.mark.parametrize("how", LAYOUTS)
def test_masks_and_integer_arrays(how):
    a = layout(values("float64", (4, 3, 5), nonfinite=False), how)
    m = a > 0.5
    check_same(rt.index("mask_get", a, m), a[m])
    m1 = np.array([True, False, True, True])
    check_same(rt.index("mask_get1", a, m1), a[m1])
    idx = np.array([3, -1, 0, 2, 2])
    check_same(rt.index("take", a, idx), a[idx])
    idx2 = layout(np.array([[2, -3], [0, 1], [-1, 2]]), how)
    for axis in (0, 1, -1):
        check_same(rt.index("take_axis", a, idx2, axis), np.take(a, idx2, axis=axis))
    i0, i1 = np.array([[3], [-4], [1]]), layout(np.array([[0, 2, -1, 1]]), how)  # broadcast to (3, 4)
    check_same(rt.index("pair_get", a, (i0, i1)), a[i0, i1])
    b, e = a.copy(), a.copy()
    rt.index("mask_set", b, m, -7.0)
    e[m] = -7.0
    check_same(b, e)
    rt.index("mask_set_expr", b, b < 0, None)
    e[e < 0] = e[e < 0] * 2 - 1
    check_same(b, e)
    rt.index("take_set", b, idx, 9.0)
    e[idx] = 9.0
    check_same(b, e)
    rt.index("pair_set", b, (i0, i1), 4.5)
    e[i0, i1] = 4.5
    check_same(b, e)
    with pytest.raises(IndexError) as ours:
        rt.index("mask_get1", a, np.array([True, False]))
    with pytest.raises(IndexError) as theirs:
        a[np.array([True, False])]
    assert str(ours.value) == str(theirs.value)


@pytest.mark.parametrize("op,numpy_op", [
    ("shift_right", lambda a: a.__setitem__(slice(1, None), a[:-1] + 1)),
    ("shift_left", lambda a: a.__setitem__(slice(None, -1), a[1:] * 2)),
    ("reverse", lambda a: a.__setitem__(slice(None), a[::-1] + 0)),
])
def test_overlapping_assignment_matches_numpy(op, numpy_op):
    for n in (1, 7, 100):
        a = values("float64", (n,), nonfinite=False)
        e = a.copy()
        numpy_op(e)
        rt.index(op, a)
        check_same(a, e)


def test_inplace_add_broadcasts_into_argument():
    a = layout(values("float64", (3, 4, 5), nonfinite=False), "f")
    b = values("float64", (1, 4, 1), nonfinite=False)
    e = a + b
    rt.index("iadd", a, b)
    check_same(a, e)


def test_bridge_no_copy_both_ways_and_read_only():
    a = np.arange(10.0)
    assert rt.index("identity", a) is a  # returning an argument returns the same object
    r = rt.index("new", a)
    check_same(r, a * 2)
    assert type(r.base).__name__ == "PyCapsule"  # the C++ buffer, kept alive by the capsule
    assert r.flags.writeable and r.flags.c_contiguous and r.ctypes.data % 64 == 0
    del a
    r[0] = 5.0  # still valid after the argument is gone
    ro = np.arange(6.0)
    ro.flags.writeable = False
    with pytest.raises(ValueError, match="^assignment destination is read-only$"):
        rt.index("shift_right", ro)
    assert list(ro) == [0, 1, 2, 3, 4, 5]
    v = rt.index("view3", ro[None, None, :], ((None, None, 1), (None, None, 1), (1, None, 2)))
    assert not v.flags.writeable and np.shares_memory(v, ro)
    with pytest.raises(TypeError, match=r"must be numpy.ndarray\[float64, ndim=1\], not numpy.ndarray\[int64, ndim=1\]"):
        rt.index("identity", np.arange(3))
    with pytest.raises(TypeError, match=r"must be numpy.ndarray\[float64, ndim=1\], not list"):
        rt.index("identity", [1.0])


def test_broadcast_error_message_matches_numpy():
    a, b = np.zeros((1, 2, 3)), np.zeros((1, 1, 4))
    with pytest.raises(ValueError) as theirs:
        a + b
    with pytest.raises(ValueError) as ours:
        rt.binary("add", a, b)
    assert str(ours.value) == str(theirs.value)


@pytest.mark.parametrize("shape", [(), (5,), (2, 3), (2, 0, 4), (3, 1, 2, 2)])
def test_any_rank_arguments_dispatch_on_ndim(shape):
    a = layout(values("float64", shape, nonfinite=False), "reversed") if shape else np.array(1.5)
    assert rt.index("any_rank_sum_of_squares", a) == pytest.approx(float(np.sum(a * a)), rel=1e-12)


def test_any_rank_refuses_too_many_dimensions():
    with pytest.raises(TypeError, match=r"must be numpy.ndarray\[float64\] of at most 4 dimensions, not numpy.ndarray\[float64, ndim=5\]"):
        rt.index("any_rank_sum_of_squares", np.zeros((1, 1, 1, 1, 1)))


@pytest.mark.parametrize("dt", ["float32", "float64"])
def test_nan_propagates_through_simd_extremes(dt):
    # contiguous operands take the xsimd loops: NaN in either operand, any lane
    a = values(dt, (2, 3, 37), nonfinite=False)
    b = values(dt, (2, 3, 37), nonfinite=False)
    a[0, 1, 5] = np.nan
    b[1, 2, 30] = np.nan
    for op in ("maximum", "minimum"):
        check_same(rt.binary(op, a, b), getattr(np, op)(a, b))
        check_same(rt.binary(op, b, a), getattr(np, op)(b, a))
    for op in ("max", "min"):
        for axis in (None, 0, 1, 2):
            check_same(np.asarray(rt.reduce(op, a, axis, False, 0.0), dtype=a.dtype), getattr(np, op)(a, axis=axis))


def test_new_arrays_keep_the_operand_order_like_numpy():
    a = np.asfortranarray(values("float64", (1, 6, 5), nonfinite=False))
    r = rt.binary("add", a, a)
    assert r.flags.f_contiguous == (a + a).flags.f_contiguous == True  # noqa: E712
    c = values("float64", (1, 6, 5), nonfinite=False)
    assert rt.binary("multiply", c, c).flags.c_contiguous
