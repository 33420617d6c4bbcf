"""A call of a module constant."""
import math


def f(n: int) -> float:
    # CHECK:@+1:12-19: error: 'math.tau' is a constant and cannot be called [NotCallable]
    return math.tau()
