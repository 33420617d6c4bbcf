"""Generator functions: `yield from` (range, lists, strings, other generators), exported
generators returned to Python as iterators (items converted at the boundary, StopIteration
at the end, exceptions from the body with their Python type), and functions returning one."""

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt


def _squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def _chain(n: int):
    yield from range(n)
    yield from _squares(n)
    yield from [100, 200]


def _letters(s: str):
    yield from s


def _nested(n: int):
    yield from _chain(n)
    yield -1


def chain_list(n: int) -> list[int]:
    return list(_chain(n))


def chain_sum(n: int) -> int:
    total = 0
    for x in _nested(n):
        total += x
    return total


def letters(s: str) -> list[str]:
    return [c for c in _letters(s)]


def count_up(n: int) -> Iterator[int]:
    """Exported generator."""
    for i in range(n):
        yield i


def halves(n: int) -> Iterator[float]:
    for i in range(n):
        if i == 3:
            raise ValueError(f"stopped at {i}")
        yield i / 2


def words(s: str):
    for w in s.split():
        yield w.upper()


def pairs(n: int):
    for i in range(n):
        yield (i, [i] * i)


def elements(a: np.ndarray[tuple[int], np.dtype[np.float64]]):
    for i in range(a.shape[0]):
        yield a[i]


def flattened(n: int):
    yield from _nested(n)


def returns_generator(n: int) -> Iterator[int]:
    return _squares(n)


def divides(n: int):
    for k in range(3, -1, -1):
        yield n // k
