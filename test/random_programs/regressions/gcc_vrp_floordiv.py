"""g++ 12.2 -O2 (tree-vrp) returned 0 for `0 // (round(p2) // p0)` where round(p2) // p0 is 0,
instead of raising ZeroDivisionError, when another function of the module called
abs(min(p0, -2)) (issue 11, point 5)."""


def f(p0: int, p2: float) -> int:
    return 0 // (round(p2) // p0)


def g(p0: int) -> int:
    return abs(min(p0, -2))
