"""Defaults computed once at load; calls with and without them."""

LIMIT: int = 40 + 2


def f(a: int, b: int = 2 ** 10, c: float = -(-2.5), d: int = LIMIT) -> float:
    return a + b + c + d


def g(s: str = "é" * 3, n: int = -9223372036854775807 - 1) -> str:
    return s + str(n)
