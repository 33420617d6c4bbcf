"""Prime counting by trial division: nested loops, break, for/else and an internal helper.

Build and run:  pycxx build primes.py  &&  python3 -c "import primes; print(primes.count_primes(100000))"
"""


def _is_prime(n: int) -> bool:
    # Internal (its name starts with _): compiled for the int it is called with.
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit: int) -> int:
    """How many primes are below `limit`."""
    count = 0
    for n in range(limit):
        if _is_prime(n):
            count += 1
    return count


def twin_primes(limit: int) -> int:
    """How many pairs (p, p + 2) below `limit` are both prime."""
    pairs = 0
    for p in range(3, limit - 2, 2):
        if _is_prime(p) and _is_prime(p + 2):
            pairs += 1
    return pairs
