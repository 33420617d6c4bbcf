"""A module function used as a value rather than called."""
import math


def uses(x: float) -> float:
    # CHECK:@+1:9-17: error: 'math.sqrt' is a function: functions as values are not supported yet; call it [UnsupportedExpression]
    e = math.sqrt
    return x
