"""CPython's compile-time SyntaxError: a name read before its global declaration."""
X = 1


def f() -> int:
    y = X
    global X
    return y

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_global_after_use.py:7:5: error: name 'X' is used prior to global declaration [SyntaxError]
# CHECK:STDERR:         global X
# CHECK:STDERR:         ^~~~~~~~
