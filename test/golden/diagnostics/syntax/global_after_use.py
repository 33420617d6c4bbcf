"""CPython's compile-time SyntaxError: a name read before its global declaration."""
X = 1


def f() -> int:
    y = X
    # CHECK:@+1:5-12: error: name 'X' is used prior to global declaration [SyntaxError]
    global X
    return y
