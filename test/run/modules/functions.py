"""Functions as values and closures: module functions passed to other functions (each call
specialised), a local naming a function, nested defs reading the enclosing locals at the time
of the call, named functions and lambdas as sort keys, generator functions (lazy, as coroutines)."""
from collections.abc import Iterator


def square(x):
    return x * x


def negate(x):
    return -x


def apply(f, x):
    return f(x)


def twice(f, x):
    return f(f(x))


def compose_sum(n: int) -> tuple[int, float, int, int]:
    g = negate
    return apply(square, n), apply(square, 1.5), twice(square, n), twice(g, n)


def closure_reads_current_values(xs: list[float], scale: float) -> float:
    offset = 1.0

    def shifted(x):
        return x * scale + offset

    total = 0.0
    for x in xs:
        total += shifted(x)
    offset = 100.0
    return total + shifted(0.0) + shifted(1)


def closure_with_statements(n: int) -> int:
    def step(k, acc):
        if k % 3 == 0:
            return acc + k
        for j in range(k):
            acc += j
        return acc

    acc = 0
    for i in range(n):
        acc = step(i, acc)
    return acc


def closure_calls_closure(n: int) -> int:
    base = n

    def inner(k):
        return k + base

    def outer(k):
        return inner(k) * 2

    return outer(1) + inner(2)


def closure_raises(n: int) -> int:
    def check(k):
        if k < 0:
            raise ValueError("negative")
        return k

    return check(n)


def sort_by_named_key(words: list[str]) -> list[str]:
    def last_letter(w):
        return w[-1]

    return sorted(words, key=last_letter)


def _countdown(n):
    while n > 0:
        yield n
        n -= 1


def _evens(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x
        if x > 100:
            return


def _fail_after(n: int):
    for i in range(n):
        yield i
    raise ValueError("generator failed")


def generators(n: int) -> tuple[list[int], int, list[int], list[int]]:
    total = 0
    for k in _countdown(n):
        total += k
    return list(_countdown(n)), total, [x * 10 for x in _evens(list(range(n)))], list(_evens([2, 200, 4]))


def generator_raises(n: int) -> int:
    total = 0
    for i in _fail_after(n):
        total += i
    return total
