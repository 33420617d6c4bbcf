"""Parameters with several compiled forms: numpy.typing.NDArray without a rank (ranks from the
body's use, 1 to 4), unions of array types, and `X | None` / Optional[X] parameters whose
`is None` tests the types decide; the form is chosen at call time from the arguments."""
from typing import Optional

import numpy as np
import numpy.typing as npt
from numpy.typing import NDArray

Vector64 = np.ndarray[tuple[int], np.dtype[np.float64]]
Vector32 = np.ndarray[tuple[int], np.dtype[np.float32]]


def total(a: NDArray[np.float64]) -> float:
    return float(np.sum(a))


def first_item(a: npt.NDArray[np.int64]) -> int:
    return int(a[0])


def corner(a: NDArray[np.float64]) -> float:
    return float(a[0, 0] + a[-1, -1])


def scaled_sum(a: Vector64 | Vector32, k: float) -> float:
    return float(np.sum(a * k))


def clip(x: float, limit: float | None = None) -> float:
    if limit is None:
        return x
    return min(x, limit)


def clip_optional(x: int, low: Optional[int] = None, high: Optional[int] = None) -> int:
    if low is not None and x < low:
        return low
    if high is not None:
        if x > high:
            return high
    return x


def _helper(values: list[float] | None) -> int:
    if values is None:
        return -1
    return len(values)


def uses_helper(n: int) -> tuple[int, int]:
    return _helper(None), _helper([1.0] * n)
