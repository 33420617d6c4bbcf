"""except of a value that is not a class."""
import math


def handlers(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:12-18: error: 'except' takes a builtin exception class such as ValueError, or a tuple of them [NotAnException]
    except math.pi:
        pass
    return x
