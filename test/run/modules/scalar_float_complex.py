"""Python float, complex, bool and None semantics, numeric promotion, and the math module."""

import math
from math import sqrt, pi, floor, inf

TAU_HALF = pi
SCALE = 2.5


def fdiv(x: float, y: float) -> float:
    return x / y


def ffloordiv(x: float, y: float) -> float:
    return x // y


def fmod(x: float, y: float) -> float:
    return x % y


def fdivmod(x: float, y: float) -> tuple[float, float]:
    return divmod(x, y)


def fpow(x: float, y: float) -> float:
    return x ** y


def mixed(i: int, x: float) -> tuple[float, float, float, float, bool, bool]:
    return i + x, i * x, x - i, i / x, i < x, i == x


def int_of(x: float) -> int:
    return int(x)


def float_of(i: int) -> float:
    return float(i)


def rounding(x: float) -> tuple[int, float, float]:
    return round(x), round(x, 2), round(x, -1)


def fcompare(x: float, y: float) -> tuple[bool, bool, bool, bool]:
    return x < y, x <= y, x == y, x != y


def cmul(a: complex, b: complex) -> complex:
    return a * b


def cdiv(a: complex, b: complex) -> complex:
    return a / b


def cpow(a: complex, b: complex) -> complex:
    return a ** b


def cparts(z: complex) -> tuple[float, float, complex, float]:
    return z.real, z.imag, z.conjugate(), abs(z)


def promote(i: int, x: float, z: complex) -> complex:
    return i + x * z - z / 2


def logic(a: bool, b: bool) -> tuple[bool, bool, bool, bool]:
    return a and b, a or b, not a, a != b


def maybe_none(flag: bool) -> None:
    if flag:
        return None
    return None


def hypotenuse(a: float, b: float) -> float:
    return sqrt(a * a + b * b)


def geometry(r: float) -> tuple[float, float, int]:
    return math.pi * r ** 2, 2 * TAU_HALF * r, floor(r * SCALE)


def domain(x: float) -> float:
    return math.sqrt(x) + math.log(x)


def test_float_literals() -> tuple[float, float, float, float]:
    return 1e16, 0.1 + 0.2, -0.0, 1.5e-7


def test_infinities() -> tuple[float, float, bool]:
    big = 1e308
    return big * 10, -inf, math.isnan(inf - inf)


def test_negative_zero() -> tuple[float, float, float]:
    z = -0.0
    return z * 1.0, 0.0 * -1.0, -1.0 % 1.0


def test_complex_literals() -> tuple[complex, complex, complex]:
    return 1j * 1j, (1 + 2j) * (3 - 4j), complex(1.5, -2)


def test_bool_values() -> tuple[bool, bool, int, float]:
    x = 3
    return x > 2 and x < 5, not x == 3, True + True, True * 2.5


def test_none_value() -> None:
    x = None
    return x


def test_math_functions() -> tuple[float, float, float, float, float]:
    return math.sin(1.0), math.cos(0.5), math.exp(1.0), math.atan2(1.0, -1.0), math.fabs(-3.5)
