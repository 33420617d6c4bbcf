"""Statements of the scalar subset: assignment, tuple packing and unpacking, if/elif/else,
while and for over range with break/continue/else, recursion, several return values,
module-level constants and raise of builtin exceptions."""

LIMIT = 1000
STEP = 3
RATE = 0.5
ORIGIN = (0, 0)


def swap(a: int, b: int) -> tuple[int, int]:
    a, b = b, a
    return a, b


def rotate(a: int, b: int, c: int) -> tuple[int, int, int]:
    a, b, c = b, c, a
    return a, b, c


def classify(n: int) -> int:
    """Return 0 for negative, 1 for zero, 2 for small, 3 for large numbers."""
    if n < 0:
        return 0
    elif n == 0:
        return 1
    elif n < LIMIT:
        return 2
    else:
        return 3


def sum_range(start: int, stop: int, step: int) -> int:
    total = 0
    for i in range(start, stop, step):
        total += i
    return total


def range_forms(n: int) -> tuple[int, int, int, int]:
    a = 0
    for i in range(n):
        a += i
    b = 0
    for i in range(2, n):
        b += i * i
    c = 0
    for i in range(n, 0, -STEP):
        c = c * 10 + i
    d = 0
    for _ in range(0):
        d += 1
    return a, b, c, d


def first_divisor(n: int) -> int:
    """The smallest divisor > 1 of n, with for/else."""
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def count_odd_below(n: int) -> int:
    count = 0
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        count += 1
    return count


def while_else(n: int) -> int:
    i = 0
    while i < n:
        if i * i > 50:
            break
        i += 1
    else:
        i = -1
    return i


def nested_loops(n: int) -> int:
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            if j > 5:
                break
            total += i * j
    return total


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return _is_odd(n - 1)


def _is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def min_max_sum(a: int, b: int, c: int) -> tuple[int, int, int]:
    lo = a
    hi = a
    if b < lo:
        lo = b
    if c < lo:
        lo = c
    if b > hi:
        hi = b
    if c > hi:
        hi = c
    return lo, hi, a + b + c


def _helper(x, y):
    return x * y + 1


def uses_helper(a: int, b: float) -> tuple[int, float]:
    return _helper(a, a), _helper(b, 2.0)


def checked_sqrt(x: float) -> float:
    if x < 0:
        raise ValueError("x must be non-negative")
    return x ** 0.5


def require_positive(n: int) -> int:
    if n <= 0:
        raise ValueError("n must be positive")
    if n > LIMIT:
        raise OverflowError("n is too large")
    return n


def fail(kind: int) -> int:
    if kind == 0:
        raise TypeError("a type error")
    if kind == 1:
        raise ZeroDivisionError("custom zero division")
    if kind == 2:
        raise IndexError("index out of range")
    if kind == 3:
        raise KeyError("missing")
    if kind == 4:
        raise RuntimeError("runtime failure")
    if kind == 5:
        raise NotImplementedError("not yet")
    raise ArithmeticError


def unpack_returned(n: int) -> int:
    lo, hi, total = min_max_sum(n, -n, 2 * n)
    q, r = divmod(total, 7)
    return lo * hi + q - r


def test_constants() -> tuple[int, float, tuple[int, int]]:
    return LIMIT * STEP, RATE * 4, ORIGIN


def test_conditional_expressions() -> tuple[int, float, bool]:
    x = 5
    y = 2.5 if x > 3 else 1.5
    z = x if x % 2 == 0 else -x
    return z, y, (x > 10) if x else False


def test_tuple_of_tuples() -> tuple[tuple[int, int], tuple[float, bool]]:
    a = (1, 2)
    b = (0.5, True)
    return a, b


def test_nested_unpacking() -> int:
    (a, b), c = (1, 2), 3
    return a * 100 + b * 10 + c


def test_fizz_count() -> tuple[int, int, int]:
    fizz = 0
    buzz = 0
    both = 0
    for i in range(1, 101):
        if i % 15 == 0:
            both += 1
        elif i % 3 == 0:
            fizz += 1
        elif i % 5 == 0:
            buzz += 1
    return fizz, buzz, both


def test_float_accumulate() -> float:
    total = 0.0
    i = 0
    while i < 100:
        total += 0.1
        i += 1
    return total


def depth(n: int) -> int:
    """Recursion with no bound of its own: deep calls must raise RecursionError, not crash."""
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def _naturals(n):
    for i in range(n):
        yield i


def loop_over_tuple_and_generator(a: int, b: int) -> int:
    total = 0
    for x in (a, b, 3):
        total += x
    for y in _naturals(a):
        total += y
    return total
