"""A default beyond 64 bits: computed once, when the module loads, so the import raises
OverflowError (before, every call raised it, even when b was passed)."""


def f(a: int, b: int = 2 ** 70) -> int:
    return a + b
