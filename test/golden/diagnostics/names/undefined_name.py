"""A name that is never defined."""


def uses(x: float) -> float:
    # CHECK:@+1:9-22: error: name 'undefined_name' is not defined [UndefinedName]
    a = undefined_name
    return x
