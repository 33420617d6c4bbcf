"""An argument whose type the parameter's annotation does not accept."""


def target(a: int, b: float = 1.0) -> float:
    return a * b


def f(n: int) -> float:
    # CHECK:@+1:19-21: error: argument 'a' of target() must be 'int', not 'float' [BadCallArguments]
    return target(1.5)
