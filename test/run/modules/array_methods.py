"""Array methods through numpy.ndarray shims (typing rule ArrayMethod): ravel (a view of a
contiguous array, else a copy), flatten (always a copy), fill (numpy's conversion of the
value), reshape with the sizes as separate arguments, item; and the reductions and scans
reached as methods (a.cumsum(), a.argmax(axis=0))."""
import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]
Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]
IntVector = np.ndarray[tuple[int], np.dtype[np.int64]]
IntMatrix = np.ndarray[tuple[int, int], np.dtype[np.int64]]
Int8Vector = np.ndarray[tuple[int], np.dtype[np.int8]]
UInt8Vector = np.ndarray[tuple[int], np.dtype[np.uint8]]
BoolVector = np.ndarray[tuple[int], np.dtype[np.bool_]]
Float32Vector = np.ndarray[tuple[int], np.dtype[np.float32]]
ComplexVector = np.ndarray[tuple[int], np.dtype[np.complex128]]


def ravel_matrix(a: Matrix) -> Vector:
    return a.ravel()


def ravel_function(a: Matrix) -> Vector:
    return np.ravel(a)


def ravel_expression(a: Matrix) -> Vector:
    return (a * 2.0).ravel()


def ravel_writes_through(a: Matrix) -> tuple[float, float]:
    # a C-contiguous array: ravel is a view, the write reaches a
    r = a.ravel()
    r[1] = -7.0
    return float(a[0, 1]), float(r.sum())


def ravel_of_transpose_copies(a: Matrix) -> tuple[float, float]:
    # a.T is not C-contiguous: ravel copies, a is unchanged
    r = a.T.ravel()
    r[1] = -7.0
    return float(a[1, 0]), float(r[1])


def ravel_of_strided_copies(a: Vector) -> tuple[float, int]:
    r = a[::2].ravel()
    r[0] = 99.0
    return float(a[0]), r.shape[0]


def ravel_of_rows_is_a_view(a: Matrix) -> float:
    # the first row of a C-contiguous matrix, sliced by rows, stays contiguous: a view
    r = a[:1].ravel()
    r[0] = 5.0
    return float(a[0, 0])


def flatten_copies(a: Matrix) -> tuple[float, float, int]:
    f = a.flatten()
    f[0] = -1.0
    return float(a[0, 0]), float(f[0]), f.size


def flatten_of_transpose(a: Matrix) -> Vector:
    return a.T.flatten()


def fill_float(a: Matrix, v: float) -> Matrix:
    a.fill(v)
    return a


def fill_view(a: Matrix, v: float) -> Matrix:
    a[:, 1].fill(v)
    return a


def fill_int_with_float(a: IntVector, v: float) -> IntVector:
    a.fill(v)
    return a


def fill_int8(a: Int8Vector, v: int) -> Int8Vector:
    a.fill(v)
    return a


def fill_int8_with_float(a: Int8Vector, v: float) -> Int8Vector:
    a.fill(v)
    return a


def fill_uint8(a: UInt8Vector, v: int) -> UInt8Vector:
    a.fill(v)
    return a


def fill_bool(a: BoolVector, v: float) -> BoolVector:
    a.fill(v)
    return a


def fill_float32(a: Float32Vector, v: float) -> Float32Vector:
    a.fill(v)
    return a


def fill_complex(a: ComplexVector, v: complex) -> ComplexVector:
    a.fill(v)
    return a


def fill_with_element(a: IntVector, b: Vector) -> IntVector:
    a.fill(b[0])
    return a


def reshape_sizes(a: Vector, r: int, c: int) -> Matrix:
    return a.reshape(r, c)


def reshape_tuple(a: Vector, r: int, c: int) -> Matrix:
    return a.reshape((r, c))


def reshape_flat(a: Matrix) -> Vector:
    return a.reshape(-1)


def reshape_three(a: Vector) -> tuple[int, int, int]:
    return a.reshape(2, -1, 2).shape


def reshape_is_a_view(a: Vector) -> float:
    m = a.reshape(2, 3)
    m[1, 1] = 42.0
    return float(a[4])


def item_float(a: Matrix) -> float:
    return a.item()


def item_int(a: IntVector) -> int:
    return a.item()


def item_float32(a: Float32Vector) -> float:
    return a.item()


def method_reductions(a: Matrix) -> tuple[float, float, int, int, float, float, float, float]:
    return (float(a.min()), float(a.max()), int(a.argmin()), int(a.argmax()), float(a.mean()), float(a.std()),
            float(a.var()), float(a.prod()))


def method_axis(a: Matrix) -> tuple[Vector, IntVector, Vector]:
    return a.max(axis=0), a.argmax(axis=1), a.sum(axis=1)


def method_scans(a: Matrix) -> tuple[Vector, Matrix, Vector]:
    return a.cumsum(), a.cumprod(axis=0), a.ravel().cumsum()


def method_any_all(a: BoolVector) -> tuple[bool, bool]:
    return bool(a.any()), bool(a.all())


def method_copy(a: Matrix) -> tuple[float, float]:
    c = a.copy()
    c[0, 0] = -3.0
    return float(a[0, 0]), float(c[0, 0])


def sort_vector(a: Vector) -> Vector:
    a.sort()
    return a


def sort_axis(a: Matrix, axis: int) -> Matrix:
    a.sort(axis=axis)
    return a


def sort_column_view(a: Matrix) -> Matrix:
    a[:, 0].sort()
    return a


def sort_ints(a: IntVector) -> IntVector:
    a.sort()
    return a


def sort_complex(a: ComplexVector) -> ComplexVector:
    a.sort()
    return a


def tolist_matrix(a: Matrix) -> list[list[float]]:
    return a.tolist()


def tolist_ints(a: IntVector) -> list[int]:
    xs = a.tolist()
    xs.append(-1)
    return xs


def tolist_bools(a: BoolVector) -> list[bool]:
    return a.tolist()


def reshape_like(a: Vector, b: Matrix) -> Matrix:
    s = b.shape
    return a.reshape(s) + a.reshape(b.shape)


def reshape_one_size(a: Matrix, n: int) -> Vector:
    return a.reshape(n)


def iterate_ravel(a: Matrix) -> float:
    total = 0.0
    for x in a.ravel():
        total += float(x) * 2.0
    return total
