import math


# CHECK:@+1:1-25: error: class definitions are not supported [UnsupportedClass]
class MyError(Exception):
    pass


def helper(x: int) -> int:
    return x


def raising(x: int) -> int:
    if x == 1:
        # CHECK:@+1:15-29: error: 'MyError' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
        raise MyError("mine")
    if x == 2:
        # CHECK:@+1:15-20: error: 'helper' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
        raise helper
    if x == 3:
        # CHECK:@+1:15-21: error: only builtin exceptions can be raised: a class such as ValueError("message"), or a caught exception ('except ... as e': 'raise e'), not a 'float' [NotAnException]
        raise math.pi
    if x == 4:
        raise ValueError("a", "b")
    if x == 5:
        raise ValueError(x)
    if x == 6:
        # CHECK:@+1:36: error: the cause of 'raise ... from' must be a caught exception ('except ... as e': 'from e') or None [NotAnException]
        raise ValueError("a") from x
    # CHECK:@+1:5-9: error: a bare 'raise' re-raises the exception being handled: use it inside an 'except' clause, or raise an exception such as ValueError("message") [UnsupportedStatement]
    raise
