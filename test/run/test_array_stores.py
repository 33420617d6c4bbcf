"""Differential tests of modules/array_stores.py: stores into integer arrays raise numpy 2's
errors (they wrapped or saturated before) and cast silently where numpy does. The hypothesis
family stores values at the edges of every integer dtype, through a[i] = v and a[:] = v."""

import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness import Call, call, check_call, differential, load_reference

I64 = np.zeros(3, np.int64)
EDGE_FLOATS = [math.nan, math.inf, -math.inf, 1e30, -1e30, 2.0**63, -2.0**63, 2.5, -2.5, 0.0, -0.0]
CALLS = (
    [call("store_float", I64, v) for v in EDGE_FLOATS]
    + [call("store_float_slice", I64, v) for v in EDGE_FLOATS]
    + [call("store_float_add", np.array([-2**63, 1, 2], np.int64), v) for v in EDGE_FLOATS]
    + [call("store_float_2d", np.zeros((2, 2), np.int64), v) for v in (math.nan, math.inf, 1e30, 7.9)]
    + [call("store_int_u8", np.zeros(3, np.uint8), v) for v in (256, -1, 255, 0, 2**63 - 1, -2**63)]
    + [call("store_float_u8", np.zeros(3, np.uint8), v) for v in (300.0, -1.0, 255.9, math.nan, 1e19)]
    + [call("store_int_i32", np.zeros(2, np.int32), v) for v in (2**40, -2**31, 2**31, 2**31 - 1)]
    + [call("store_int_u64", np.zeros(2, np.uint64), v) for v in (-1, 2**63 - 1)]
    + [call("store_float_u64", np.zeros(2, np.uint64), v) for v in (2.0**63, 2.0**64, -1.0, 1e19)]
    + [call("store_int_i8_add", np.array([100, 0], np.int8), v) for v in (27, 28, 1000, -300)]
    + [call("store_float_f32", np.zeros(2, np.float32), v) for v in (1e300, 0.1, math.nan)]
    + [call("store_bool", np.zeros(2, np.bool_), v) for v in (math.nan, 0.0, -0.0, 2.0)]
    + [call("store_elements", np.zeros(1, np.int32), np.array([2**40, 300, -1, 7], np.int64), np.zeros(1, np.uint8), i)
       for i in range(4)]
    + [call("fill_int", np.zeros(2, np.int16), v) for v in (40000, -32768)]
)

test_function, test_call, test_module = differential("array_stores", CALLS)

FAMILY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
INT_FUNCTIONS = {"store_int_u8": np.uint8, "store_int_i32": np.int32, "store_int_u64": np.uint64,
                 "store_int": np.int64, "fill_int": np.int16}
FLOAT_FUNCTIONS = {"store_float": np.int64, "store_float_slice": np.int64, "store_float_u8": np.uint8,
                   "store_float_u64": np.uint64, "store_float_f32": np.float32, "store_bool": np.bool_}


def _edges(dtype):
    info = np.iinfo(dtype)
    return [int(info.min), int(info.max), int(info.min) - 1, int(info.max) + 1]


def _int64(v: int) -> int:
    return max(-2**63, min(2**63 - 1, v))


@FAMILY
@given(function=st.sampled_from(sorted(INT_FUNCTIONS)), data=st.data())
def test_int_store_family(function, data, compiled_modules):
    dtype = INT_FUNCTIONS[function]
    edges = [_int64(e) for e in _edges(dtype)]
    v = data.draw(st.one_of(st.sampled_from(edges), st.integers(-2**63, 2**63 - 1),
                            st.sampled_from(edges).map(lambda e: _int64(e + 1)),
                            st.sampled_from(edges).map(lambda e: _int64(e - 1))))
    module = compiled_modules["array_stores"]
    assert not isinstance(module, str), module
    check_call(module, load_reference("array_stores"), Call(function, (np.zeros(3, dtype), v)))


@FAMILY
@given(function=st.sampled_from(sorted(FLOAT_FUNCTIONS)),
       v=st.one_of(st.floats(), st.sampled_from([2.0**63, -2.0**63, 2.0**64, 255.5, 256.0, -0.5, -1.0])))
def test_float_store_family(function, v, compiled_modules):
    module = compiled_modules["array_stores"]
    assert not isinstance(module, str), module
    check_call(module, load_reference("array_stores"), Call(function, (np.zeros(3, FLOAT_FUNCTIONS[function]), v)))
