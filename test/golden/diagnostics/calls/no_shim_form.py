"""A library call whose arguments match none of its shim forms: the forms are listed."""
from math import sqrt


def f(n: int) -> float:
    # CHECK:@+1:12-25: error: no form of sqrt() takes arguments (float, float); the supported forms are: [BadCallArguments]
    # CHECK:|     sqrt(x: float, /) -> float
    return sqrt(1.0, 2.0)
