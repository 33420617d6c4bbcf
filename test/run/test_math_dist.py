"""Differential tests of modules/math_dist.py: math.dist (and math.hypot) give CPython's bits
(its vector_norm: power-of-two scaling, exact squares, compensated sums, a corrected square
root; a subnormal largest coordinate takes CPython 3.11's divide-by-max path) on random points
of every magnitude, with inf, NaN, -0.0 and points of different lengths (ValueError)."""

import math
import random
import struct

from harness import call, differential

INF, NAN = math.inf, math.nan


def random_points(seed: int, count: int):
    rng = random.Random(seed)
    specials = [INF, -INF, NAN, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]

    def coordinate(exponent):
        if rng.random() < 0.04:
            return rng.choice(specials)
        return rng.uniform(-1.0, 1.0) * 10.0 ** exponent

    ps, qs = [], []
    for _ in range(count):
        n = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 8, 16, 17, 40])
        same = rng.random() < 0.6  # one magnitude for the whole point, else mixed
        exponent = rng.choice([-320, -315, -310, -308, -200, -20, 0, 0, 0, 20, 200, 300, 307, 308])
        pick = (lambda: exponent) if same else (lambda: rng.choice([-320, -310, 0, 10, 300, 307]))
        ps.append([coordinate(pick()) for _ in range(n)])
        qs.append([coordinate(pick()) for _ in range(n)])
    return ps, qs


def bits(x: float) -> bytes:
    return b"nan" if x != x else struct.pack("<d", x)


def test_dist_bits_random(compiled_modules):
    compiled = compiled_modules["math_dist"]
    assert not isinstance(compiled, str), compiled
    ps, qs = random_points(2026, 40000)
    got = compiled.dist_many(ps, qs)
    wrong = [(p, q, g, math.dist(p, q)) for p, q, g in zip(ps, qs, got) if bits(g) != bits(math.dist(p, q))]
    assert not wrong, f"{len(wrong)} results differ from CPython's, first: {wrong[0]}"


def test_hypot_bits_random(compiled_modules):
    compiled = compiled_modules["math_dist"]
    assert not isinstance(compiled, str), compiled
    ps, _ = random_points(11, 40000)
    ps = [p[:3] if len(p) >= 2 else [] for p in ps]
    got = compiled.hypot_many(ps)
    wrong = [(p, g) for p, g in zip(ps, got) if bits(g) != bits(math.hypot(*p))]
    assert not wrong, f"{len(wrong)} results differ from CPython's, first: {wrong[0]}"


CALLS = [
    call("dist_lists", [1.0, 2.0], [4.0, 6.0]), call("dist_lists", [], []), call("dist_lists", [3.0], [-0.0]),
    call("dist_lists", [1.0, 2.0], [1.0]), call("dist_lists", [], [1.0]), call("dist_lists", [1.0], []),
    call("dist_lists", [INF, NAN], [0.0, 0.0]), call("dist_lists", [INF], [INF]), call("dist_lists", [NAN], [1.0]),
    call("dist_lists", [1e308, -1e308], [-1e308, 1e308]), call("dist_lists", [5e-324, 0.0], [0.0, 5e-324]),
    call("dist_lists", [-0.0, -0.0], [0.0, 0.0]),
    call("dist_tuples", 1.0, 2.0, 3.5), call("dist_tuples", 1e-320, 0.0, 3e-320), call("dist_tuples", NAN, 0.0, INF),
    call("dist_ints", [1, 2**53 + 1], [0.5, 3.0]), call("dist_ints", [2**63 - 1, -2**63], [0.0, 0.0]),
    call("dist_int_tuples", 3, -4), call("dist_int_tuples", -2**63, 2**63 - 1),
]

test_function, test_call, test_module = differential("math_dist", CALLS)
