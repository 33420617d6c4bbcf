"""A module-level int beyond 64 bits: the import raises OverflowError (docs/semantics.md)."""

A: int = 2 ** 63


def f() -> int:
    return A
