"""A call with more positional arguments than parameters."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:12-28: error: target() takes 2 arguments but 3 were given [BadCallArguments]
    return target(1, 2.0, 3)
