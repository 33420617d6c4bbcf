"""CPython's compile-time SyntaxError: a nonlocal name bound in no enclosing function."""


def nonlocal_unbound(n: int) -> int:
    def inner() -> None:
        nonlocal missing
        missing = 1
    inner()
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_nonlocal_unbound.py:6:9: error: no binding for nonlocal 'missing' found [SyntaxError]
# CHECK:STDERR:             nonlocal missing
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~
