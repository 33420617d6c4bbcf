# Generators: what stays unsupported around `yield from` and returned iterators.
from collections.abc import Iterator

import numpy as np


def _items(n: int):
    yield from range(n)


def value_of_yield_from(n: int) -> int:
    def inner():
        x = yield from _items(n)
        yield x
    return sum(inner())


def from_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]):
    yield from a


def from_number(n: int):
    yield from n


def returns_zip(a: list[int]):
    return zip(a, a)


def _broken(n: int):
    for i in range(n):
        yield undefined_name(i)


def uses_broken(n: int) -> int:
    total = 0
    for x in _broken(n):
        total += x  # no second error: _broken failed, its item type is unknown
    return total

# CHECK:EXIT: 1
# CHECK:STDERR: generators.py:13:13: error: 'yield from' is supported as a statement of its own; its value (the generator's return value) is not [UnsupportedExpression]
# CHECK:STDERR:             x = yield from _items(n)
# CHECK:STDERR:                 ^~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: generators.py:19:16: error: 'yield from' an array is not supported yet: write 'for x in a: yield x' [UnsupportedExpression]
# CHECK:STDERR:         yield from a
# CHECK:STDERR:                    ^
# CHECK:STDERR: generators.py:23:16: error: 'int' object is not iterable [TypeMismatch]
# CHECK:STDERR:         yield from n
# CHECK:STDERR:                    ^
# CHECK:STDERR: generators.py:27:12: error: returning an iterator other than a generator is not supported: return list(...) of it, or yield its items ('yield from ...') [UnsupportedStatement]
# CHECK:STDERR:         return zip(a, a)
# CHECK:STDERR:                ^~~~~~~~~
# CHECK:STDERR: generators.py:32:15: error: name 'undefined_name' is not defined (or not a function pycxx supports) [UndefinedName]
# CHECK:STDERR:             yield undefined_name(i)
# CHECK:STDERR:                   ^~~~~~~~~~~~~~
