"""Iterating an array other than `for x in a` (comprehensions, generator expressions,
enumerate, zip, list, sum, sorted, min, max, any) and str() of every dtype's elements: each
was accepted by `pycxx check` and then failed in C++. Elements are numpy scalars (an int8
element doubles with int8's wrap-around)."""
import numpy as np

F64 = np.ndarray[tuple[int], np.dtype[np.float64]]
I8 = np.ndarray[tuple[int], np.dtype[np.int8]]


def comprehension(a: F64) -> list[float]:
    return [float(x * 2.0) for x in a]


def wrapped(a: I8) -> list[int]:
    return [int(x * 2) for x in a]


def generator_sum(a: F64) -> float:
    return float(sum(x for x in a))


def enumerated(a: np.ndarray[tuple[int], np.dtype[np.int32]]) -> list[int]:
    out: list[int] = []
    for i, x in enumerate(a):
        out.append(i * int(x))
    return out


def zipped(a: F64, b: F64) -> float:
    t = 0.0
    for x, y in zip(a, b):
        t += float(x * y)
    return t


def listed(a: np.ndarray[tuple[int], np.dtype[np.int64]]) -> int:
    xs = list(a)
    return len(xs) + int(xs[0])


def builtins(a: F64) -> tuple[float, list[float], float, float, bool, bool]:
    ordered = [float(x) for x in sorted(a)]
    return float(sum(a)), ordered, float(min(a)), float(max(a)), any(x > 1.0 for x in a), all(x > -5.0 for x in a)


def rows(m: np.ndarray[tuple[int, int], np.dtype[np.float64]]) -> list[float]:
    return [float(r.sum()) for r in m]


def of_expression(a: F64) -> list[float]:
    return [float(x) for x in a * 2.0]


def element_strs(a: I8, b: np.ndarray[tuple[int], np.dtype[np.int16]], c: np.ndarray[tuple[int], np.dtype[np.int32]],
                 d: np.ndarray[tuple[int], np.dtype[np.uint32]], e: np.ndarray[tuple[int], np.dtype[np.uint64]]) -> str:
    return str(a[0]) + " " + str(b[0]) + " " + str(c[0]) + " " + str(d[0]) + " " + str(e[0]) + f" {e[0]} {a[0]}"


def small_floats(a: np.ndarray[tuple[int], np.dtype[np.float32]], b: np.ndarray[tuple[int], np.dtype[np.complex64]]) -> str:
    x = a[0]
    z = b[0]
    print(x, z)
    return str(x) + " " + str(z) + " " + f"{x} {z}"


def numpy_reprs(a: np.ndarray[tuple[int], np.dtype[np.float64]], f: np.ndarray[tuple[int], np.dtype[np.float32]],
                m: np.ndarray[tuple[int], np.dtype[np.bool_]], i: np.ndarray[tuple[int], np.dtype[np.int32]],
                u: np.ndarray[tuple[int], np.dtype[np.uint64]], z: np.ndarray[tuple[int], np.dtype[np.complex128]],
                x: float) -> str:
    # numpy 2's repr of its scalars; Python numbers keep Python's repr; a container of numpy
    # scalars shows their reprs in str(), print and f-strings too.
    pair = [a[0], a[1]]
    print(pair, (i[0],))
    text = repr(a[0]) + " " + repr(f[0]) + " " + repr(m[0]) + " " + repr(i[0]) + " " + repr(u[0])
    text += " " + repr(z[0]) + " " + repr(x) + " " + repr(np.float64(x)) + " " + repr(a.sum())
    return text + f" {a[0]!r} {pair} {str(pair)} {m[0]} {f[0]}"
