"""A call of a module function pycxx does not know."""
import math


def f(n: int) -> float:
    # CHECK:@+1:12-22: error: module 'math' has no function 'nosuch' that pycxx supports [UnknownAttribute]
    return math.nosuch(1.0)
