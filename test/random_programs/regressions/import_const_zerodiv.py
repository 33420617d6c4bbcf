"""Module-level code that raises: the import raises ZeroDivisionError, as CPython's does."""

A: int = 7
B: int = 1 // (A - 7)


def f() -> int:
    return B
