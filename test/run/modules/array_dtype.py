"""a.dtype as a value (static per specialisation): str(), print, f-strings, .name, .itemsize,
.kind, .char, comparisons with numpy types, dtype names and Python types, dtype=a.dtype in
numpy calls; a.itemsize and a.nbytes."""
import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]
Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]
Float32Vector = np.ndarray[tuple[int], np.dtype[np.float32]]
Int8Matrix = np.ndarray[tuple[int, int], np.dtype[np.int8]]
BoolVector = np.ndarray[tuple[int], np.dtype[np.bool_]]
ComplexVector = np.ndarray[tuple[int], np.dtype[np.complex128]]


def dtype_texts(a: Vector) -> tuple[str, str, str, str, int, str, str]:
    d = a.dtype
    return str(a.dtype), f"{a.dtype}", f"<{d!r}>", d.name, d.itemsize, d.kind, d.char


def dtype_texts_int8(a: Int8Matrix) -> tuple[str, int, str, str, str]:
    return str(a.dtype), a.dtype.itemsize, a.dtype.kind, a.dtype.char, f"{a.dtype!s}|{a.dtype!r}"


def dtype_texts_others(a: BoolVector, b: ComplexVector, c: Float32Vector) -> tuple[str, str, str, int, int, int]:
    return str(a.dtype), str(b.dtype), c.dtype.name, a.dtype.itemsize, b.dtype.itemsize, c.itemsize


def dtype_compares(a: Vector) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    return (a.dtype == np.float64, a.dtype != np.float64, a.dtype == np.float32, a.dtype == "float64",
            a.dtype == float, a.dtype == int, np.float64 == a.dtype)


def dtype_compares_arrays(a: Vector, b: Float32Vector) -> tuple[bool, bool, bool]:
    d = b.dtype
    return a.dtype == b.dtype, a.dtype == a.T.dtype, d == np.float32


def branch_on_dtype(a: Float32Vector) -> str:
    if a.dtype == np.float64:
        return "double"
    return "single"


def print_dtype(a: Int8Matrix) -> int:
    print(a.dtype)
    print("dtype:", a.dtype, sep="=")
    return a.ndim


def zeros_like_dtype(a: Float32Vector, n: int) -> Float32Vector:
    return np.zeros(n, dtype=a.dtype)


def empty_filled(a: Int8Matrix) -> Int8Matrix:
    b = np.empty((2, 2), dtype=a.dtype)
    b.fill(3)
    return b


def astype_dtype(a: Vector, b: Float32Vector) -> Float32Vector:
    return a.astype(b.dtype)


def sizes(a: Matrix, b: Int8Matrix) -> tuple[int, int, int, int]:
    return a.itemsize, a.nbytes, b.itemsize, b.nbytes
