"""CPython's compile-time SyntaxError: 'break' in a function body, not in a loop."""


def f(n: int) -> int:
    if n > 0:
        break
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_break_outside_loop.py:6:9: error: 'break' outside loop [SyntaxError]
# CHECK:STDERR:             break
# CHECK:STDERR:             ^~~~~
