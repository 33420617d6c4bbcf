"""numpy scalars in compiled code: array elements keep numpy's semantics (float division by
zero gives inf, integers wrap, NEP 50 promotion with Python scalars), numpy's scalar types
as constructors and annotations, astype; results come back as numpy scalar objects."""
import math

import numpy as np

Vec = np.ndarray[tuple[int], np.dtype[np.float64]]
IntVec = np.ndarray[tuple[int], np.dtype[np.int64]]
Int8Vec = np.ndarray[tuple[int], np.dtype[np.int8]]
UInt8Vec = np.ndarray[tuple[int], np.dtype[np.uint8]]
F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def element(a: Vec, i: int):
    return a[i]


def float_ops(a: Vec, i: int, j: int):
    x = a[i]
    y = a[j]
    return x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x


def mixed_with_python(a: Vec, i: int, f: float, n: int):
    x = a[i]
    return x + f, f - x, x * n, n / x, x // 2.0, 3 % x, x ** 2, x > f, n == x


def int_ops(a: IntVec, i: int, j: int):
    x = a[i]
    y = a[j]
    return x + y, x - y, x * y, x // y, x % y, x / y, -x, ~x, x & y, x | y, x ^ y


def int_with_python(a: IntVec, i: int, n: int):
    x = a[i]
    return x + n, n - x, x * n, x // n, n % x, x / n, x < n, x >> n, x << n


def int_power(a: IntVec, i: int, e: int):
    return a[i] ** e


def int8_ops(a: Int8Vec):
    x = a[0]
    y = a[1]
    return x + y, x * y, x - y, -x, x // y, x + 1, abs(int(x))


def int8_with_int(a: Int8Vec, n: int):
    return a[0] + n


def int8_compare(a: Int8Vec, n: int):
    return a[0] < n, a[0] == n


def uint8_ops(a: UInt8Vec):
    x = a[0]
    y = a[1]
    return x - y, -x, x * y, x + 1.5, x / y


def float32_ops(a: F32Vec, f: float):
    x = a[0]
    return x * 3, x + f, x / 0.0, x == f, x + a[1], x * 2.5


def float32_with_float64(a: F32Vec, b: Vec):
    return a[0] + b[0], a[0] * np.float64(2.0)


def test_float32_rounding():
    return np.float32(0.1) * 3, np.float32(0.1) + np.float32(0.2), np.float32(0.1) == 0.1


def accumulate(a: Vec):
    total = 0.0
    for x in a:
        total += x
    return total


def accumulate_annotated(a: Vec) -> float:
    total = 0.0
    for i in range(a.shape[0]):
        total = total + a[i] * a[i]
    return total


def count_positive(a: Vec):
    count = 0
    for x in a:
        count += x > 0.0
    return count


def running_max(a: Vec):
    best = a[0]
    worst = 0.0
    for x in a:
        if x > best:
            best = x
        drop = (best - x) / best
        if drop > worst:
            worst = drop
    return best, worst


def int_sum_loop(a: IntVec):
    s = 0
    for x in a:
        s += x
    return s


def float32_sum_loop(a: F32Vec):
    s = np.float32(0.0)
    for x in a:
        s += x
    return s


def choose(a: Vec, flag: bool):
    return a[0] if flag else 1.5


def bool_elements(m: BoolVec):
    t = m[0]
    return t + m[1], t * m[1], t & m[1], ~t, t + 1, not t


def complex_elements(z: CVec):
    w = z[0]
    return w + z[1], w * z[1], w / z[1], w.real, w.imag, w == z[1], w + 1.0


def constructors(x: float, n: int):
    return np.float32(x), np.float64(n), np.int64(x), np.uint8(n % 256), np.complex64(x), np.bool_(n), np.int32()


def int8_from_int(n: int):
    return np.int8(n)


def int8_from_float(x: float):
    return np.int8(x)


def int64_from_float(x: float):
    return np.int64(x)


def casts_between_numpy(a: IntVec, b: Vec):
    return np.int8(a[0]), np.uint8(a[0]), np.float32(b[0]), np.int16(b[0]), np.float64(np.float32(b[0]))


def scaled(x: np.float32, k: np.int8) -> np.float32:
    return x * k


def half(x: np.float32):
    return x / 2


def takes_float(x: float) -> float:
    return x * 2.0


def passes_element(a: Vec):
    return takes_float(a[0]), math.sqrt(a[0]), math.floor(a[1]), float(a[0]), int(a[1])


def int_of_nan(a: Vec):
    return int(a[0])


def index_with_element(a: Vec, idx: IntVec):
    return a[idx[0]] + a[idx[1]]


def ufunc_on_elements(a: F32Vec, b: Vec):
    return np.sqrt(a[0]), np.sqrt(b[0]), np.maximum(a[0], a[1]), np.exp(b[1])


def array_with_numpy_scalar(a: F32Vec, b: Vec):
    return a * b[0], a + np.float32(1.5), a * 2.0


def reductions(a: Vec, m: np.ndarray[tuple[int, int], np.dtype[np.float32]]):
    return np.sum(a), a.max(), m.min(), np.mean(a)


def astype_float32(a: IntVec):
    return a.astype(np.float32)


def astype_forms(a: Vec):
    return a.astype("int32"), a.astype(float), a.astype(np.uint8), a.astype(np.complex64)


def astype_copies(a: Vec):
    b = a.astype(np.float64)
    c = a.astype(np.float64, copy=False)
    b[0] = 7.0
    c[1] = 8.0
    return a[0], a[1]


def astype_then_divide(img: np.ndarray[tuple[int, int], np.dtype[np.uint8]]):
    x = img.astype(np.float32) / np.float32(255.0)
    return x, x[0, 0] * 2


def store_element(a: F32Vec, v: Vec) -> float:
    a[0] = v[0] / v[1]
    a[1] += v[0]
    return float(a[0] + a[1])


def float64_division_by_zero(a: Vec):
    return a[0] / a[1], a[1] / a[1], a[2] / a[1], a[0] // a[1], a[0] % a[1]


def int64_wraps(a: IntVec):
    return a[0] * a[1], a[0] + a[0] + a[0], -a[2], a[2] // a[3], a[2] % a[3], a[0] // 0, a[0] % 0


def shifts_and_powers(a: IntVec):
    return a[0] << a[1], a[2] >> a[1], a[3] ** 40, np.float64(0.0) ** -1.0


def ufunc_mixed(a: F32Vec, x: float):
    return np.maximum(a[0], x), np.hypot(a[0], x), np.sqrt(2.0), np.minimum(x, a[0])
