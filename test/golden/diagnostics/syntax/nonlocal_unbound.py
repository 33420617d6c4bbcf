"""CPython's compile-time SyntaxError: a nonlocal name bound in no enclosing function."""


def nonlocal_unbound(n: int) -> int:
    def inner() -> None:
        # CHECK:@+1:9-24: error: no binding for nonlocal 'missing' found [SyntaxError]
        nonlocal missing
        missing = 1
    inner()
    return n
