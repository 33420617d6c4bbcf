"""numpy's joining functions (typing rules Join, Stack, Join2d): concatenate, stack, vstack,
hstack and column_stack of tuples and lists of arrays, mixed dtypes (numpy's promotion), any
rank, empty arrays; numpy's ValueErrors for an empty list and mismatched shapes, its AxisError."""

import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
F642 = np.ndarray[tuple[int, int], np.dtype[np.float64]]
F643 = np.ndarray[tuple[int, int, int], np.dtype[np.float64]]
F32 = np.ndarray[tuple[int], np.dtype[np.float32]]
I32 = np.ndarray[tuple[int], np.dtype[np.int32]]
I322 = np.ndarray[tuple[int, int], np.dtype[np.int32]]
I8 = np.ndarray[tuple[int], np.dtype[np.int8]]
U8 = np.ndarray[tuple[int], np.dtype[np.uint8]]
B = np.ndarray[tuple[int], np.dtype[np.bool_]]


def concatenate_pair(a: F64, b: F64):
    return np.concatenate((a, b))


def concatenate_three_expr(a: F64, b: F64):
    return np.concatenate((a, b * 2.0, a + b))


def concatenate_list(xs: list[F64]):
    return np.concatenate(xs)


def concatenate_list_literal(a: F642, b: F642, axis: int):
    return np.concatenate([a, b], axis=axis)


def concatenate_axis(a: F642, b: F642, axis: int):
    return np.concatenate((a, b), axis)


def concatenate_3d(a: F643, b: F643, axis: int):
    return np.concatenate((a, b), axis=axis)


def concatenate_flat(a: F642, b: F64):
    return np.concatenate((a, b), axis=None)


def concatenate_mixed_ranks(a: F64, b: F642):
    return np.concatenate((a, b))


def concatenate_i32_f32(a: I32, b: F32):
    return np.concatenate((a, b))


def concatenate_i8_u8(a: I8, b: U8):
    return np.concatenate((a, b))


def concatenate_b_i32(a: B, b: I32):
    return np.concatenate((a, b))


def concatenate_sum(a: F642, b: F642) -> float:
    c = np.concatenate((a, b), axis=1)
    return float(np.sum(c)) + c.shape[1]


def stack_pair(a: F64, b: F64, axis: int):
    return np.stack((a, b), axis=axis)


def stack_list(xs: list[F642], axis: int):
    return np.stack(xs, axis)


def stack_mixed(a: I32, b: F64):
    return np.stack([a.astype(np.float64), b])


def stack_tuple_dtypes(a: I32, b: F32):
    return np.stack((a, b), axis=-1)


def stack_ranks(a: F64, b: F642):
    return np.stack((a, b))


def vstack_1d(a: F64, b: F64):
    return np.vstack((a, b))


def vstack_mixed(a: F64, b: F642):
    return np.vstack((a, b))


def vstack_list(xs: list[I322]):
    return np.vstack(xs)


def vstack_3d(a: F643, b: F643):
    return np.vstack((a, b))


def hstack_1d(a: F64, b: I32):
    return np.hstack((a, b))


def hstack_2d(a: F642, b: F642):
    return np.hstack([a, b])


def hstack_mixed(a: F64, b: F642):
    return np.hstack((a, b))


def column_stack_1d(a: F64, b: F64):
    return np.column_stack((a, b))


def column_stack_mixed(a: F64, b: F642):
    return np.column_stack((a, b))


def column_stack_list(xs: list[F64]):
    return np.column_stack(xs)


def join_views(a: F642):
    return np.concatenate((a[:, ::-1], a[::2], a.T[:1]), axis=0)
