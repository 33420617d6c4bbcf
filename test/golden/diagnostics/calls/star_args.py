"""*args in a call."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:19-25: error: *args in calls are not supported yet [UnsupportedCall]
    return target(*(1, 2))
