"""A default that raises: CPython raises at `def`, so from the import."""


def f(a: int, b: int = 1 // 0) -> int:
    return a + b
