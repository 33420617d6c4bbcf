"""Floating-point loops with math: numerical integration and a slowly converging series.

Compiled with -ffp-contract=off and no fast-math, so the results are CPython's bits.
"""

import math
from math import exp, sin


def damped(x: float) -> float:
    """The integrand: a damped sine wave."""
    return sin(x) * exp(-x / 4.0)


def simpson(a: float, b: float, n: int) -> float:
    """Simpson's rule for damped() over [a, b] with n (even) intervals."""
    h = (b - a) / n
    total = damped(a) + damped(b)
    for i in range(1, n):
        weight = 4.0 if i % 2 == 1 else 2.0
        total += weight * damped(a + i * h)
    return total * h / 3.0


def leibniz_pi(terms: int) -> float:
    """pi from the Leibniz series 4 * (1 - 1/3 + 1/5 - ...)."""
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def pi_error(terms: int) -> float:
    """How far leibniz_pi(terms) is from math.pi."""
    return math.fabs(leibniz_pi(terms) - math.pi)
