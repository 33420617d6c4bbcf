"""A call without a required argument."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:12-19: error: target() missing required argument 'a' [BadCallArguments]
    return target()
