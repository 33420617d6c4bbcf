"""A caught exception used as a number."""


def exception_values(x: int) -> int:
    try:
        x = 3
    except KeyError as err:
        # CHECK:@+1:16-22: error: cannot add 'BaseException' and 'int' [TypeMismatch]
        return err + 1
    return x
