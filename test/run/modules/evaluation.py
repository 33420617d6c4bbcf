"""Evaluation rules a compiler can get subtly wrong: short-circuit `and`/`or` and conditional
expressions (the branch not taken is not evaluated), chained comparisons evaluating each
operand once, left-to-right evaluation, loop variables after the loop, operator precedence."""

def short_circuit(x: int) -> tuple[bool, bool, int]:
    safe_and = x != 0 and 10 // x > 1
    safe_or = x == 0 or 10 % x == 0
    pick = 10 // x if x != 0 else -1
    return safe_and, safe_or, pick


def chained_once(n: int) -> tuple[bool, int]:
    calls = 0
    a = n
    calls += 1
    ok = 0 < a * 2 <= 10
    return ok, calls


def loop_variable_after(n: int) -> tuple[int, int]:
    last = -1
    for i in range(n):
        last = i
    j = 0
    for j in range(3, n):
        pass
    return last, j


def precedence(a: int, b: int) -> tuple[int, int, int, bool, int]:
    return -a ** 2, a + b * 2 ** 3, (a + b) % 3 * 2, not a < b == True, a - b - 1


def float_precedence(x: float) -> tuple[float, float, float]:
    return -x ** 0.5 if x >= 0 else x, 2 ** -1 * x, x / 2 / 2


def countdown(n: int) -> tuple[int, int]:
    steps = 0
    total = 0
    for k in range(n, -n, -3):
        steps += 1
        total += k
    return steps, total


def big_range(start: int, stop: int, step: int) -> tuple[int, int]:
    count = 0
    last = 0
    for i in range(start, stop, step):
        count += 1
        last = i
        if count > 10:
            break
    return count, last


def division_of_literals() -> tuple[float, float, int, int, float]:
    return 7 / 2, 2 ** -2, 2 ** 10, -7 // 2, -7.5 // 2


def test_swap_in_loop() -> tuple[int, int]:
    a, b = 0, 1
    for _ in range(50):
        a, b = b, a + b
    return a, b


def test_nested_conditionals() -> int:
    total = 0
    for i in range(-5, 6):
        total += (1 if i > 0 else -1) if i % 2 == 0 else (10 if i > 2 else 20)
    return total


def test_while_with_else_and_break() -> tuple[int, int]:
    n = 27
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    else:
        steps = -steps
    return n, steps


def test_augmented_float_and_complex() -> tuple[float, complex]:
    x = 1.0
    x += 2
    x *= 1.5
    x /= 4
    x -= 0.125
    x **= 2
    x //= 0.25
    x %= 3.0
    z = 1 + 1j
    z *= z
    z += 1
    z /= 2j
    return x, z
