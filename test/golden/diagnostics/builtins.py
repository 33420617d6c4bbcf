"""Misuse of print, isinstance, f-strings and the builtin/heapq/bisect shims: each
diagnostic names the call and the types involved."""
import heapq

import numpy as np


def print_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> None:
    print("a:", a)


def print_file(x: int) -> None:
    print(x, flush=True)


def print_sep(x: int) -> None:
    print(x, sep=1)


def isinstance_of_call(xs: list[int]) -> bool:
    return isinstance(len(xs), int)


def isinstance_of_class(x: int) -> bool:
    return isinstance(x, np.ndarray)


def fstring_spec_on_list(xs: list[int]) -> str:
    return f"{xs:>10}"


def fstring_nested_spec(x: float, w: int) -> str:
    return f"{x:{w}.2f}"


def fstring_of_array(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> str:
    return f"{a}"


def wrong_item(heap: list[int]) -> None:
    heapq.heappush(heap, "s")


def wrong_method_argument(xs: list[int]) -> int:
    return xs.pop("last")


def unknown_method(xs: list[int]) -> None:
    xs.push(1)


def min_of_number(x: int) -> int:
    return min(x)



def format_bad(x: int) -> str:
    return "{} {0}".format(x, x) + "{name}".format(x) + "{} {}".format(x)

# CHECK:EXIT: 1
# CHECK:STDERR: builtins.py:9:17: error: print() of a value of type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' is not supported; print its items [BadCallArguments]
# CHECK:STDERR:         print("a:", a)
# CHECK:STDERR:                     ^
# CHECK:STDERR: builtins.py:13:14: error: print() takes only sep= and end= here, not flush= [BadCallArguments]
# CHECK:STDERR:         print(x, flush=True)
# CHECK:STDERR:                  ^~~~~~~~~~
# CHECK:STDERR: builtins.py:17:18: error: sep must be a str, not 'int' [BadCallArguments]
# CHECK:STDERR:         print(x, sep=1)
# CHECK:STDERR:                      ^
# CHECK:STDERR: builtins.py:21:23: error: isinstance() is decided from the static type here: pass a variable (assign the expression first) [UnsupportedCall]
# CHECK:STDERR:         return isinstance(len(xs), int)
# CHECK:STDERR:                           ^~~~~~~
# CHECK:STDERR: builtins.py:25:26: error: isinstance() takes one of int, bool, float, complex, str, list, dict, set, tuple (or a tuple of them) here [BadCallArguments]
# CHECK:STDERR:         return isinstance(x, np.ndarray)
# CHECK:STDERR:                              ^~~~~~~~~~
# CHECK:STDERR: builtins.py:29:12: error: a format spec needs an int, float, bool or str, not 'list[int]' (CPython: TypeError); format the items, or add !s [UnsupportedExpression]
# CHECK:STDERR:         return f"{xs:>10}"
# CHECK:STDERR:                ^~~~~~~~~~~
# CHECK:STDERR: builtins.py:33:12: error: nested replacement fields in a format spec are not supported yet: write the spec out [UnsupportedExpression]
# CHECK:STDERR:         return f"{x:{w}.2f}"
# CHECK:STDERR:                ^~~~~~~~~~~~~
# CHECK:STDERR: builtins.py:37:15: error: a value of type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' cannot be formatted in an f-string [UnsupportedExpression]
# CHECK:STDERR:         return f"{a}"
# CHECK:STDERR:                   ^
# CHECK:STDERR: builtins.py:41:5: error: no form of heapq.heappush() takes arguments (list[int], str); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     heappush(heap: list[T], item: T, /) -> None
# CHECK:STDERR:         heapq.heappush(heap, "s")
# CHECK:STDERR:         ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: builtins.py:45:12: error: no form of xs.pop() takes arguments (list[int], str); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     pop(self: list[T], index: int = -1, /) -> T
# CHECK:STDERR:         return xs.pop("last")
# CHECK:STDERR:                ^~~~~~~~~~~~~~
# CHECK:STDERR: builtins.py:49:5: error: 'list' has no method 'push' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         xs.push(1)
# CHECK:STDERR:         ^~~~~~~
# CHECK:STDERR: builtins.py:53:12: error: no form of min() takes arguments (int); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     min(a: int, b: int, /, *args: int) -> int
# CHECK:STDERR:     min(a: float, b: float, /, *args: float) -> float
# CHECK:STDERR:     min(iterable: Iterable[T], /) -> T
# CHECK:STDERR:     min(iterable: Iterable[T], /, *, key: Callable[[T], K]) -> T
# CHECK:STDERR:     min(iterable: Iterable[T], /, *, default: T) -> T
# CHECK:STDERR:     min(iterable: Iterable[T], /, *, key: Callable[[T], K], default: T) -> T
# CHECK:STDERR:     min(iterable: Iterable[T], /, *, default: None) -> T | None
# CHECK:STDERR:     min(iterable: Iterable[T], /, *, key: Callable[[T], K], default: None) -> T | None
# CHECK:STDERR:         return min(x)
# CHECK:STDERR:                ^~~~~~
# CHECK:STDERR: builtins.py:58:12: error: str.format(): cannot switch from automatic field numbering to manual field specification [BadCallArguments]
# CHECK:STDERR:         return "{} {0}".format(x, x) + "{name}".format(x) + "{} {}".format(x)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: builtins.py:58:36: error: str.format(): format fields other than {} and {0} (names, attributes, items) are not supported: use an f-string [BadCallArguments]
# CHECK:STDERR:         return "{} {0}".format(x, x) + "{name}".format(x) + "{} {}".format(x)
# CHECK:STDERR:                                        ^~~~~~~~~~~~~~~~~~
# CHECK:STDERR: builtins.py:58:57: error: str.format(): Replacement index 1 out of range for positional args tuple [BadCallArguments]
# CHECK:STDERR:         return "{} {0}".format(x, x) + "{name}".format(x) + "{} {}".format(x)
# CHECK:STDERR:                                                             ^~~~~~~~~~~~~~~~~
