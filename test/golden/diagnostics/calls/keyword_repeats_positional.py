"""A keyword argument for a parameter a positional argument already gives."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:22-24: error: target() got multiple values for argument 'a' [BadCallArguments]
    return target(1, a=2)
