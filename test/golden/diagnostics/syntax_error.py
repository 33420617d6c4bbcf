def f(x: int) -> int
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_error.py:1:21: error: expected ':' [SyntaxError]
# CHECK:STDERR:     def f(x: int) -> int
# CHECK:STDERR:                         ^
