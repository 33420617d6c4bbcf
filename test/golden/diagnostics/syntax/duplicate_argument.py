"""CPython's compile-time SyntaxError: two parameters with one name."""


# CHECK:@+1:15-20: error: duplicate argument 'a' in function definition [SyntaxError]
def f(a: int, a: int) -> int:
    return a
