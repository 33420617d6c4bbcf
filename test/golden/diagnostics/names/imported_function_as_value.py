"""An imported library function used as a value rather than called."""
from math import sqrt as root


def uses(x: float) -> float:
    # CHECK:@+1:9-12: error: 'root' is a function: functions as values are not supported yet; call it [UnsupportedExpression]
    d = root
    return x
