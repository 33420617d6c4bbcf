"""Lambdas stored in variables, builtins as values, nonlocal (test_function_values.py
compares every function with CPython)."""


def lambda_in_comprehension(xs: list[int]) -> list[int]:
    f = lambda x: x * 2
    return [f(x) for x in xs]


def lambda_reads_enclosing(k: int) -> int:
    add = lambda a: a + k
    k = k * 10
    return add(5) + add(1)


def lambda_as_key(xs: list[str]) -> list[str]:
    key = lambda s: (len(s), s)
    return sorted(xs, key=key)


def lambda_two_types(x: float) -> float:
    sq = lambda v: v * v
    return sq(x) + sq(2)


def lambda_two_params(a: int, b: int) -> int:
    mix = lambda p, q: p * 10 + q
    return mix(a, b) - mix(b, a)


def lambda_raises(n: int) -> int:
    inv = lambda d: 100 // d
    return inv(n)


def key_len(xs: list[str]) -> list[str]:
    return sorted(xs, key=len)


def key_abs(xs: list[int]) -> list[int]:
    return sorted(xs, key=abs, reverse=True)


def key_lower(xs: list[str]) -> list[str]:
    return sorted(xs, key=str.lower)


def longest(xs: list[str]) -> str:
    return max(xs, key=len)


def shortest_or_none(xs: list[str]) -> int:
    s = min(xs, key=len, default=None)
    return -1 if s is None else len(s)


def sort_in_place(xs: list[float]) -> list[float]:
    ys = list(xs)
    ys.sort(key=abs)
    return ys
