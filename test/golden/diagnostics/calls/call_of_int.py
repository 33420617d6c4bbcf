"""A call of a value that is not a function."""


def f(n: int) -> int:
    # CHECK:@+1:12: error: 'n' has type 'int' and cannot be called [NotCallable]
    return n(3)
