"""A keyword argument the callee has no parameter for."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:22-24: error: target() got an unexpected keyword argument 'c' [BadCallArguments]
    return target(1, c=2)
