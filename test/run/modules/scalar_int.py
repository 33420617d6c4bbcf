"""Python int semantics: arithmetic with Python's rules, overflow, comparisons."""


def add(a: int, b: int) -> int:
    return a + b


def sub(a: int, b: int) -> int:
    return a - b


def mul(a: int, b: int) -> int:
    return a * b


def neg(a: int) -> int:
    return -a


def floordiv(a: int, b: int) -> int:
    return a // b


def mod(a: int, b: int) -> int:
    return a % b


def div_mod(a: int, b: int) -> tuple[int, int]:
    return divmod(a, b)


def truediv(a: int, b: int) -> float:
    return a / b


def power(a: int, b: int) -> int:
    return a ** abs(b)  # an int ** int needs an exponent seen to be non-negative


def shifts(a: int, n: int) -> tuple[int, int]:
    return a << n, a >> n


def bitwise(a: int, b: int) -> tuple[int, int, int, int]:
    return a & b, a | b, a ^ b, ~a


def absolute(a: int) -> int:
    return abs(a)


def compare(a: int, b: int) -> tuple[bool, bool, bool, bool, bool, bool]:
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def in_range(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi


def chained(a: int, b: int, c: int, d: int) -> bool:
    return a < b < c != d


def sign(x: int) -> int:
    return 1 if x > 0 else (-1 if x < 0 else 0)


def clamp(x: int, lo: int = 0, hi: int = 10) -> int:
    return lo if x < lo else hi if x > hi else x


def test_floor_rules() -> tuple[int, int, int, int, int, int]:
    return -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2


def test_mixed_expression() -> int:
    a = 17
    b = -5
    return (a * b - a // b + a % b) * 3 - (b ** 3) + (a << 2) - (a >> 1)


def test_power_table() -> tuple[int, int, int, int]:
    return 2 ** 10, (-3) ** 5, 10 ** 18, 0 ** 0


def test_truediv_values() -> tuple[float, float, float]:
    return 7 / 2, -7 / 2, 1 / 3


def test_int_max() -> int:
    big = 9223372036854775807
    return big - 1 + 1


def test_bool_arithmetic() -> tuple[int, int, bool]:
    t = True
    f = False
    return t + t, t * 5 - f, t == 1


def test_augmented() -> int:
    x = 10
    x += 5
    x -= 3
    x *= 4
    x //= 5
    x %= 7
    x **= 3
    x <<= 2
    x >>= 1
    x |= 1
    x &= 0xFF
    x ^= 0b1010
    return x
