"""A file in the supported subset: no diagnostics, exit status 0."""
import math

LIMIT = 10


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def norm(x: float, y: float = 0.0) -> float:
    return math.sqrt(x * x + y * y)

# CHECK:EXIT: 0
