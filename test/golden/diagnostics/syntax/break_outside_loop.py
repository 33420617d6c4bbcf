"""CPython's compile-time SyntaxError: 'break' in a function body, not in a loop."""


def f(n: int) -> int:
    if n > 0:
        # CHECK:@+1:9-13: error: 'break' outside loop [SyntaxError]
        break
    return n
