"""An attribute math does not have."""
import math


def uses(x: float) -> float:
    # CHECK:@+1:9-19: error: module 'math' has no attribute 'nosuch' that pycxx supports [UnknownAttribute]
    b = math.nosuch
    return x
