"""A call of a name that is not defined."""


def f(n: int) -> int:
    # CHECK:@+1:12-20: error: name 'undefined' is not defined (or not a function pycxx supports) [UndefinedName]
    return undefined(3)
