"""A nested function defined inside a block (here an if) rather than at the top of its function."""


def closures(x: int) -> int:
    if x:
        # CHECK:@+1:9-21: error: a nested function must be defined at the top level of the enclosing function's body, not inside a block [UnsupportedStatement]
        def inner(y):
            return y
    return x
