"""The boundary between CPython and compiled code: positional and keyword arguments,
defaults, argument conversion (a float parameter takes an int), TypeError on a wrong type
or a wrong number of arguments, and results converted back to Python objects."""


def scale(x: float, factor: float = 2.0, offset: int = 0) -> float:
    """Scale x by factor and add offset."""
    return x * factor + offset


def describe(n: int, flag: bool = False, z: complex = 1j) -> tuple[int, bool, complex]:
    return n, flag, z


def pair(p: tuple[int, float], q: tuple[bool, tuple[int, int]]) -> tuple[float, int]:
    a, b = p
    flag, (c, d) = q
    return a * b, c + d if flag else c - d


def nothing(x: int) -> None:
    return None


def no_arguments() -> int:
    return 42


def four(a: int, b: int, c: int = 3, d: int = 4) -> int:
    return a * 1000 + b * 100 + c * 10 + d


def several() -> tuple[int, float, bool, complex, None]:
    return 1, 2.5, True, 3 - 1j, None


def returns_float_from_int(n: int) -> float:
    return n


def test_call_with_keywords_inside() -> float:
    return scale(1.5, offset=3) + scale(x=2.0, factor=0.5)
