"""Language features of the scalar subset, called by the test_* functions at the end:
test/golden/test_language.py builds this module and compares each test_* result (value and
type, or exception type and message) with CPython's."""
import math
from math import floor

BIG = -9223372036854775808
PAIR = (1, (2.5, True))


def _ping(n):
    if n <= 0:
        return 0
    return _pong(n - 1) + 1


def _pong(n):
    if n <= 0:
        return 0
    return _ping(n - 1) + 2


def _with_default(a, b=3):
    return a * b


def _twice(x):
    return x + x


def mutual(n: int) -> int:
    return _ping(n)


def forever(n: int) -> int:
    i = 0
    while True:
        i += 1
        if i > n:
            break
    return i


def nothing(n: int) -> None:
    x = n + 1


def assert_positive(n: int) -> int:
    assert n > 0, "n must be positive"
    return n


def range_sum(a: int, b: int, s: int) -> int:
    t = 0
    for i in range(a, b, s):
        t += i
    return t


def chained(a: int, b: int, c: int) -> bool:
    return a < _twice(b) <= c


def swap3(a: int, b: int, c: int) -> tuple[int, int, int]:
    a, b, c = c, a, b
    return a, b, c


def loop_else(n: int) -> int:
    k = 0
    while k < n:
        if k == 7:
            break
        k += 1
    else:
        k = -1
    return k


def test_mutual_recursion() -> int:
    return mutual(7)


def test_while_true() -> int:
    return forever(5)


def test_none() -> None:
    return nothing(3)


def test_specialised_defaults() -> tuple[int, float, int, float]:
    return _with_default(4), _with_default(1.5, b=2.0), _twice(3), _twice(0.25)


def test_powers() -> tuple[float, int, float]:
    n = 3
    return 2 ** -2, n ** 2, 2.0 ** n


def test_and_or_return_operands() -> tuple[int, int, int, int, bool]:
    a = 0
    b = 5
    return a and b, a or b, b and 3, b or 3, not a


def test_complex() -> tuple[complex, float, complex]:
    z = 1 + 2j
    return z * 2.0 + 1, abs(z), z.conjugate() ** 2


def test_constants() -> tuple[int, tuple[int, tuple[float, bool]], float]:
    return BIG, PAIR, math.pi


def test_math_and_builtins() -> tuple[int, int, float, int, float]:
    x = 2.5
    return floor(x), math.ceil(x), math.fmod(x, 2.0), max(1, 2, 3), min(1.5, 2)


def test_assert_fails() -> int:
    return assert_positive(0)


def test_range_negative_step() -> tuple[int, int, int]:
    return range_sum(0, 10, 3), range_sum(10, 0, -3), range_sum(5, 5, 1)


def test_range_zero_step() -> int:
    return range_sum(0, 10, 0)


def test_chained_once() -> tuple[bool, bool]:
    return chained(1, 2, 4), chained(1, 3, 4)


def test_swap() -> tuple[int, int, int]:
    return swap3(1, 2, 3)


def test_loop_else() -> tuple[int, int]:
    return loop_else(10), loop_else(3)


def test_int_overflow() -> int:
    big = 9223372036854775807
    return big + 1


def test_floor_division_by_zero() -> int:
    zero = 0
    return 7 // zero


def test_bool_ops() -> tuple[bool, bool, int]:
    a = True
    b = False
    return a & b, a ^ b, a + b


def test_left_operand_raises_first() -> int:
    zero = 0
    big = 9223372036854775807
    return (7 // zero) + (big + 1)


def test_left_argument_raises_first() -> float:
    zero = 0
    big = 9223372036854775807
    return math.atan2(1 // zero, big * 2)


def _last_divisor_below(n):
    for d in range(2, n):
        if n % d == 0:
            break
    return d


def test_unbound_local() -> int:
    return _last_divisor_below(2)


def test_bound_after_loop() -> int:
    return _last_divisor_below(9)


def test_tuple_equality_across_types() -> tuple[bool, bool, bool, bool]:
    a = (1, 2)
    b = (1.0, 2.0)
    c = (1, 2, 3)
    return a == b, a != b, a == c, (1, (2, True)) == (1.0, (2.0, 1))


# Constructs the old golden file of unsupported constructs listed as refused, which now compile:
# each answers as CPython here (the diagnostics that remain are test/golden/diagnostics/unsupported/).
def test_lambda_in_variable() -> int:
    square = lambda q: q * q
    return square(7)


def test_list_dict_and_str_literals() -> int:
    a = [1, 2]
    b = {1: 2}
    f = "text"
    return len(a) + b[1] + len(f)


def test_list_comprehension() -> list[int]:
    return [i * i for i in range(5)]


def test_for_over_tuple() -> int:
    total = 0
    for i in (1, 2):
        total += i
    return total


def test_membership_in_tuple() -> tuple[bool, bool]:
    return 2 in (1, 2), 3 in (1, 2)


def test_raise_two_arguments_from_none() -> int:
    raise ValueError("a", "b") from None
