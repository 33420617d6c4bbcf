"""numpy arrays in compiled code: annotations (ndarray[...], aliases, string forms), arguments
taken without copying and returned, element reads and writes with Python's index rules,
.shape / .ndim / .size. Element values are converted with float()/int() before they are
returned, since CPython returns numpy scalars (see docs/arrays.md)."""

import numpy as np

Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]
Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def identity(a: Matrix) -> Matrix:
    return a


def pass_through(v: 'float[:]') -> 'double[:]':
    return v


def total(a: 'float64[:, :]') -> float:
    n, m = a.shape
    s = 0.0
    for i in range(n):
        for j in range(m):
            s += a[i, j]
    return float(s)


def shape_parts(a: np.ndarray[tuple[int, int, int], np.dtype[np.int8]]) -> tuple[int, int, int, int, int]:
    return a.shape[0], a.shape[-1], a.ndim, a.size, a.shape[1]


def whole_shape(a: 'int[:,:]') -> tuple[int, int]:
    return a.shape


def corners(a: Matrix) -> tuple[float, float, float]:
    return float(a[0, 0]), float(a[-1, -1]), float(a[0, -2])


def element(v: Vector, i: int) -> float:
    return float(v[i])


def int_element(v: 'int[:]', i: int) -> int:
    return int(v[i]) + 1


def bump(v: np.ndarray[tuple[int], np.dtype[np.int32]], i: int, by: int) -> int:
    v[i] += by
    return int(v[i])


def store_float_in_int(v: np.ndarray[tuple[int], np.dtype[np.int64]], x: float) -> int:
    v[0] = x
    return int(v[0])


def store_complex(c: 'complex[:]', x: complex) -> tuple[float, float]:
    c[-1] = x
    c[-1] *= 2
    return float(c[-1].real), float(c[-1].imag)


def store_bool(b: np.ndarray[tuple[int], np.dtype[np.bool_]], i: int) -> bool:
    b[i] = True
    return bool(b[i])


def float32_roundtrip(f: np.ndarray[tuple[int], np.dtype[np.float32]], x: float) -> float:
    f[0] = x
    return float(f[0])


def matrix_trace(a: Matrix) -> float:
    n = a.shape[0]
    t = 0.0
    for i in range(n):
        t += a[i, i]
    return float(t)


def fill_diagonal(a: Matrix, x: float) -> float:
    n, m = a.shape
    for i in range(min(n, m)):
        a[i, i] = x
    return float(a[n - 1, m - 1])


def zeros_int(n: int) -> np.ndarray[tuple[int], np.dtype[np.int64]]:
    counts = np.zeros(n, dtype=np.int64)
    for i in range(n):
        counts[i] = i * i
    return counts


def empty_square(n: int) -> Matrix:
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            out[i, j] = i - j
    return out


def zeros_like_shape(a: 'int[:,:]') -> np.ndarray[tuple[int, int], np.dtype[np.int32]]:
    z = np.zeros(a.shape, dtype=np.int32)
    z[-1, -1] = 7
    return z


def full_of(n: int, x: float) -> Vector:
    return np.full(n, x)


def sum_elements(v: Vector) -> float:
    s = 0.0
    for x in v:
        s += x
    return float(s)


def count_positive(v: 'int[:]') -> int:
    k = 0
    for x in v:
        if x > 0:
            k += 1
    return k + len(v) * 0


def lengths(a: Matrix, t: tuple[int, int, int]) -> tuple[int, int]:
    return len(a), len(t)


def axpy(a: float, x: Vector, y: Vector) -> Vector:
    return a * x + y


def mixed_dtypes(i: 'int[:]', f: np.ndarray[tuple[int], np.dtype[np.float32]]) -> tuple[Vector, Vector]:
    r = i / 2
    s = i + f
    return r, s


def keeps_float32(f: np.ndarray[tuple[int], np.dtype[np.float32]]) -> np.ndarray[tuple[int], np.dtype[np.float32]]:
    return -f * 2.5 + 1


def broadcast_rows(a: Matrix, row: Vector) -> Matrix:
    return (a - row) ** 2


def compare_arrays(x: Vector, y: Vector) -> np.ndarray[tuple[int], np.dtype[np.bool_]]:
    return x < y


def in_place(a: Matrix, b: Matrix) -> Matrix:
    alias = a
    alias += b * 2.0
    alias -= 1
    return a


def ufuncs(x: Vector) -> Vector:
    return np.sqrt(np.abs(x)) + np.where(x > 0.0, np.sin(x), np.exp(x))


def float_divide_by_zero(x: Vector, y: Vector) -> Vector:
    return x / y


def like_arrays(a: 'int[:,:]') -> tuple[np.ndarray[tuple[int, int], np.dtype[np.int64]], Matrix]:
    z = np.zeros_like(a)
    z[0, 0] = 3
    f = np.zeros_like(a, dtype=np.float64)
    return z, f


def copied(a: Matrix) -> Matrix:
    c = np.copy(a)
    c[0, 0] = -1.0
    return c


def reductions(a: Matrix) -> tuple[float, float, float, float]:
    return float(np.sum(a)), float(np.max(a)), float(np.min(a)), float(np.mean(a))


def axis_sums(a: Matrix) -> tuple[Vector, Vector, Matrix]:
    return np.sum(a, axis=0), np.sum(a * a, axis=1), np.sum(a, axis=-1, keepdims=True)


def int_sum(v: np.ndarray[tuple[int], np.dtype[np.int32]]) -> int:
    return int(np.sum(v))


def softmax_rows(x: Matrix) -> Matrix:
    shifted = x - np.max(x, axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=1, keepdims=True)


def scalar_ufuncs(x: float, n: int) -> tuple[float, float, float]:
    return float(np.sqrt(x)), float(np.exp(n) + np.sin(x * np.pi)), float(np.where(x > 0.0, x, 0.0))


def methods(a: Matrix) -> tuple[Matrix, Vector, float, Matrix]:
    return a.sum(axis=1, keepdims=True), a.max(axis=0), float(a.mean()), a.copy()


def views(a: Matrix) -> tuple[Matrix, Vector, 'float64[:, :, :]', Vector, Matrix]:
    return a[1:, ::-1], a[-1], a[:, None], a[0, 1::2], a[::2, np.newaxis, 0]


def row_sums_through_views(a: Matrix) -> Vector:
    n = a.shape[0]
    out = np.zeros(n)
    for i in range(n):
        row = a[i]
        out[i] = float(np.sum(row[:-1]))
    return out


def logsumexp_rows(x: Matrix) -> Vector:
    m = x.max(axis=1)
    return m + np.log(np.sum(np.exp(x - m[:, np.newaxis]), axis=1))


def slice_stores(a: Matrix, x: float) -> Matrix:
    b = a.copy()
    b[0] = x
    b[1:, ::2] = b[1:, ::2] * 10.0 + b[:-1, ::2]
    b[-1, 1:] += 0.5
    b[:, -1] = np.arange(3.0)[-1]
    return b


def shifted_smooth(v: Vector) -> Vector:
    w = v.copy()
    w[1:-1] = (v[:-2] + v[1:-1] + v[2:]) / 3.0
    w[1:] = w[:-1]  # overlapping source and destination
    return w


def masks_and_index_arrays(a: Matrix, v: 'int[:]') -> tuple[Vector, Matrix, Matrix, 'int[:]']:
    labels = v % 2
    return a[a > 3.0], a[labels[:3] == 1], a[v[:2]], v[v >= 2]


def scans(v: Vector, m: 'int[:,:]') -> tuple[Vector, Vector, 'int[:]', 'int[:,:]']:
    return np.cumsum(v), np.maximum.accumulate(v), np.cumsum(m), np.cumsum(m, axis=1)


# Loops whose indices the bounds pass proves (no check left) next to ones it must not:
# the results, and the IndexErrors of the unproven ones, are numpy's.
def gram(points: Matrix) -> Matrix:
    n, dim = points.shape
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            acc = 0.0
            for k in range(dim):
                acc += points[i, k] * points[j, k]
            out[i, j] = acc
    return out


def window_sums(v: Vector, w: Vector) -> Vector:
    r = np.zeros_like(v)
    t = np.zeros((len(v), 3))
    for i in range(1, len(v)):
        r[i] = v[i] + w[i]        # w is not proven: shorter w raises IndexError
        t[i, 2] = v[i - 1]
    return r + t[:, 2]


def first_n(v: Vector, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += v[i]
    return float(s)


def from_minus_one(v: Vector) -> float:
    s = 0.0
    for i in range(-1, len(v)):
        s += v[i] * (i + 2)
    return float(s)


def after_rebinding(v: Vector) -> float:
    s = 0.0
    n = len(v)
    v = v[1:]
    for i in range(n):
        s += v[i]
    return float(s)


def closure_moves_index(v: Vector) -> float:
    s = 0.0
    i = 0

    def bump() -> None:
        nonlocal i
        i = i + 1

    for i in range(len(v)):
        bump()
        s += v[i]
    return float(s)


def after_reshape(a: Matrix) -> float:
    b = np.reshape(a, (a.shape[0] * a.shape[1],))  # not a's shape: i < b.shape[0] says nothing of a's rows
    s = 0.0
    for i in range(b.shape[0]):
        s += a[i, 0]
    return float(s)
