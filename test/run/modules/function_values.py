"""Lambdas stored in variables, builtins as values, nonlocal (test_function_values.py
compares every function with CPython)."""


def lambda_in_comprehension(xs: list[int]) -> list[int]:
    f = lambda x: x * 2
    return [f(x) for x in xs]


def lambda_reads_enclosing(k: int) -> int:
    add = lambda a: a + k
    k = k * 10
    return add(5) + add(1)


def lambda_as_key(xs: list[str]) -> list[str]:
    key = lambda s: (len(s), s)
    return sorted(xs, key=key)


def lambda_two_types(x: float) -> float:
    sq = lambda v: v * v
    return sq(x) + sq(2)


def lambda_two_params(a: int, b: int) -> int:
    mix = lambda p, q: p * 10 + q
    return mix(a, b) - mix(b, a)


def lambda_raises(n: int) -> int:
    inv = lambda d: 100 // d
    return inv(n)


def key_len(xs: list[str]) -> list[str]:
    return sorted(xs, key=len)


def key_abs(xs: list[int]) -> list[int]:
    return sorted(xs, key=abs, reverse=True)


def key_lower(xs: list[str]) -> list[str]:
    return sorted(xs, key=str.lower)


def longest(xs: list[str]) -> str:
    return max(xs, key=len)


def shortest_or_none(xs: list[str]) -> int:
    s = min(xs, key=len, default=None)
    return -1 if s is None else len(s)


def sort_in_place(xs: list[float]) -> list[float]:
    ys = list(xs)
    ys.sort(key=abs)
    return ys


LIMIT = 10


def nonlocal_sum(n: int) -> int:
    total = 0
    def add(k: int) -> None:
        nonlocal total
        total += k
    for i in range(n):
        add(i)
    return total


def nonlocal_two(xs: list[int]) -> int:
    best = -1
    count = 0
    def seen(x: int) -> None:
        nonlocal best, count
        count = count + 1
        if x > best:
            best = x
    for x in xs:
        seen(x)
    return best * 100 + count


def nonlocal_overflow(n: int) -> int:
    acc = 1
    def grow() -> None:
        nonlocal acc
        acc = acc * n
    for _ in range(70):
        grow()
    return acc


def global_read(n: int) -> int:
    global LIMIT
    return min(n, LIMIT)


def recursive_closure_finally(n: int) -> int:
    log = [0]
    def walk(k: int) -> int:
        try:
            if k <= 0:
                return 0
            return k + walk(k - 1)
        finally:
            log.append(k)
    total = 0
    try:
        total = walk(n)
    finally:
        log.append(-1)
    return total * 1000 + len(log)


def recursive_closure(n: int) -> int:
    def fact(k: int) -> int:
        if k <= 1:
            return 1
        return k * fact(k - 1)
    return fact(n)
