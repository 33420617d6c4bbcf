"""raise of a value that is not an exception."""
import math


def raising(x: int) -> int:
    # CHECK:@+1:11-17: error: only builtin exceptions can be raised: a class such as ValueError("message"), or a caught exception ('except ... as e': 'raise e'), not a 'float' [NotAnException]
    raise math.pi
