"""math.dist (and math.hypot, which shares CPython's vector_norm): points as lists and tuples of
floats and ints; the differential test compares the bits of the results with CPython's on many
random points of every magnitude (subnormal to near overflow), infinities, NaN, and lengths
that differ (ValueError)."""

import math


def dist_lists(p: list[float], q: list[float]) -> float:
    return math.dist(p, q)


def dist_many(ps: list[list[float]], qs: list[list[float]]) -> list[float]:
    return [math.dist(p, q) for p, q in zip(ps, qs)]


def hypot_many(points: list[list[float]]) -> list[float]:
    out: list[float] = []
    for p in points:
        if len(p) == 2:
            out.append(math.hypot(p[0], p[1]))
        elif len(p) == 3:
            out.append(math.hypot(p[0], p[1], p[2]))
        else:
            out.append(math.hypot())
    return out


def dist_tuples(x: float, y: float, z: float) -> float:
    return math.dist((x, y, z), (z, y, x))


def dist_ints(p: list[int], q: list[float]) -> float:
    return math.dist(p, q)


def dist_int_tuples(a: int, b: int) -> float:
    return math.dist((a, b), (b, a))
