"""Iteration over the rows of 2-d and 3-d arrays (views a[k]), the transpose .T (a view) and
reshape (a view of a contiguous array; numpy's errors)."""
import numpy as np

Matrix = np.ndarray[tuple[int, int], np.dtype[np.float64]]
Cube = np.ndarray[tuple[int, int, int], np.dtype[np.float64]]


def row_sums(a: Matrix) -> list[float]:
    out: list[float] = []
    for row in a:
        out.append(float(row.sum()))
    return out


def rows_are_views(a: Matrix) -> float:
    for row in a:
        row[0] = -1.0
    return float(a[:, 0].sum())


def planes(c: Cube) -> float:
    total = 0.0
    for plane in c:
        for row in plane:
            total += float(row[-1])
    return total


def transposed(a: Matrix) -> tuple[float, int, float]:
    t = a.T
    return float(t[0, -1]), t.shape[0], float((a.T * 2.0).sum())


def transpose_is_a_view(a: Matrix) -> float:
    t = a.T
    t[0, 1] = 100.0
    return float(a[1, 0])


def reshaped(a: np.ndarray[tuple[int], np.dtype[np.float64]], rows: int) -> np.ndarray[tuple[int, int], np.dtype[np.float64]]:
    m = a.reshape((rows, -1))
    m[0, 0] = 42.0  # a view of a
    return np.reshape(m, (a.size // rows, rows)) * 2.0


def reshape_shapes(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> tuple[int, float]:
    return a.reshape((-1, 2)).shape[0], float(a.reshape((2, 3)).T.reshape(6)[1])


def reshape_fails(a: np.ndarray[tuple[int], np.dtype[np.float64]], rows: int, cols: int) -> int:
    return a.reshape((rows, cols)).ndim
