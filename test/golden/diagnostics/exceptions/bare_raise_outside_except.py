"""A bare raise outside an except clause."""


def raising(x: int) -> int:
    # CHECK:@+1:5-9: error: a bare 'raise' re-raises the exception being handled: use it inside an 'except' clause, or raise an exception such as ValueError("message") [UnsupportedStatement]
    raise
