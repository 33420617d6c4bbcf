"""CPython's compile-time SyntaxError: two parameters with one name."""


def f(a: int, a: int) -> int:
    return a

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_duplicate_argument.py:4:15: error: duplicate argument 'a' in function definition [SyntaxError]
# CHECK:STDERR:     def f(a: int, a: int) -> int:
# CHECK:STDERR:                   ^~~~~~
