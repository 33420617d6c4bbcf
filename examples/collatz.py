"""Collatz sequences: integer loops with floor division, modulo and a conditional expression.

Build and run:  pycxx build collatz.py  &&  python3 -c "import collatz; print(collatz.longest_chain(100000))"
"""


def collatz_steps(n: int) -> int:
    """How many steps n takes to reach 1 (3n + 1 when odd, n // 2 when even)."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_chain(limit: int) -> tuple[int, int]:
    """The start below `limit` with the longest chain, and that chain's length."""
    best_start, best_steps = 1, 0
    for start in range(1, limit):
        steps = collatz_steps(start)
        if steps > best_steps:
            best_start, best_steps = start, steps
    return best_start, best_steps
