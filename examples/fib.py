"""Fibonacci numbers three ways: recursion, tuple swapping, and a loop with overflow checks.

Python ints are 64-bit in compiled code: fib_iter(92) computes fib(93) on its last step, which
does not fit, and raises OverflowError where CPython goes on with big integers (the documented
difference); fib_iter(91) is the largest that fits.
"""

LIMIT = 91  # the largest n fib_iter takes: its last step computes fib(n + 1) < 2**63


def fib_rec(n: int) -> int:
    """Fibonacci by plain recursion: exponential, a benchmark of calls."""
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n: int) -> int:
    """Fibonacci by iteration with tuple packing and unpacking."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_sum_mod(count: int, modulus: int) -> int:
    """The sum of the first `count` Fibonacci numbers modulo `modulus`, without overflow."""
    a, b = 0, 1
    total = 0
    for _ in range(count):
        total = (total + a) % modulus
        a, b = b, (a + b) % modulus
    return total


def largest() -> int:
    """The largest Fibonacci number fib_iter reaches without overflow: fib(91)."""
    return fib_iter(LIMIT)
