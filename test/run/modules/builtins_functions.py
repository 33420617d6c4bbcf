"""builtins (sum, min/max over an iterable, any, all, reversed, ord, chr), heapq, bisect and
math.fsum/math.prod compiled against CPython: results, edge inputs, exception messages."""
import bisect
import heapq
import math


def sums(xs: list[int], fs: list[float]) -> tuple[int, int, float, float, float]:
    return sum(xs), sum(xs, 10), sum(fs), sum(fs, -0.0), sum(xs, 0.5)


def sum_generator(n: int) -> tuple[int, float]:
    return sum(k * k for k in range(n)), sum(1.0 / (k + 1) for k in range(n))


def sum_overflow(xs: list[int]) -> int:
    return sum(xs)


def min_max(xs: list[float]) -> tuple[float, float]:
    return min(xs), max(xs)


def min_max_ints(xs: list[int]) -> tuple[int, int, int, int]:
    return min(xs), max(xs), min(xs, key=lambda v: abs(v)), max(xs, key=lambda v: v % 3)


def min_max_default(xs: list[int]) -> tuple[int, int, int]:
    return min(xs, default=-1), max(xs, default=99), max(xs, key=lambda v: -v, default=0)


def min_max_words(words: list[str]) -> tuple[str, str, str, str]:
    return min(words), max(words), min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w))


def min_max_tuples(pairs: list[tuple[int, str]]) -> tuple[tuple[int, str], tuple[int, str]]:
    return min(pairs), max(pairs)


def min_max_scalars(a: int, b: float) -> tuple[int, float, float]:
    return min(a, 3), max(b, 1.5, -2.0), min(float(a), b)


def min_generator(xs: list[int]) -> int:
    return min(x * x - 3 * x for x in xs)


def max_empty(xs: list[str]) -> str:
    return max(xs)


def any_all(xs: list[int], fs: list[float], words: list[str]) -> tuple[bool, bool, bool, bool, bool, bool]:
    return any(xs), all(xs), any(fs), all(fs), any(words), all(w.startswith("a") for w in words)


def reversals(xs: list[int], s: str) -> tuple[list[int], list[str], str]:
    return list(reversed(xs)), [c for c in reversed(s)], "".join(reversed(s))


def ords(s: str) -> list[int]:
    return [ord(c) for c in s]


def ord_of(s: str) -> int:
    return ord(s)


def chrs(codes: list[int]) -> str:
    return "".join([chr(c) for c in codes])


def chr_of(i: int) -> str:
    return chr(i)


def heap_ops(xs: list[int], extra: int) -> tuple[list[int], list[int], int, int, list[int]]:
    heap = xs.copy()
    heapq.heapify(heap)
    first = heap.copy()
    heapq.heappush(heap, extra)
    pushed = heap.copy()
    a = heapq.heappushpop(heap, extra - 1)
    b = heapq.heapreplace(heap, extra + 1)
    out: list[int] = []
    while heap:
        out.append(heapq.heappop(heap))
    return first, pushed, a, b, out


def heap_tuples(items: list[tuple[float, str]]) -> list[tuple[float, str]]:
    heap: list[tuple[float, str]] = []
    for item in items:
        heapq.heappush(heap, item)
    return [heapq.heappop(heap) for _ in range(len(items))]


def heap_pop_empty(xs: list[int]) -> int:
    heap = xs.copy()
    return heapq.heappop(heap)


def heap_replace_empty(xs: list[int]) -> int:
    heap = xs.copy()
    return heapq.heapreplace(heap, 1)


def smallest_largest(xs: list[int], n: int) -> tuple[list[int], list[int], list[int]]:
    return heapq.nsmallest(n, xs), heapq.nlargest(n, xs), heapq.nlargest(n, xs, key=lambda v: v % 5)


def bisections(xs: list[float], x: float) -> tuple[int, int, int, int, int]:
    return (bisect.bisect_left(xs, x), bisect.bisect_right(xs, x), bisect.bisect(xs, x),
            bisect.bisect_left(xs, x, 1), bisect.bisect_right(xs, x, 0, 2))


def bisect_bad_lo(xs: list[int], lo: int) -> int:
    return bisect.bisect_left(xs, 3, lo)


def insorts(xs: list[int], values: list[int]) -> list[int]:
    ys = xs.copy()
    for v in values:
        bisect.insort(ys, v)
        bisect.insort_left(ys, v)
        bisect.insort_right(ys, -v)
    return ys


def fsums(xs: list[float]) -> tuple[float, float]:
    return math.fsum(xs), sum(xs)


def test_fsum_empty() -> float:
    xs: list[float] = []
    return math.fsum(xs)


def fsum_ints(xs: list[int]) -> float:
    return math.fsum(xs)


def prods(xs: list[int], fs: list[float]) -> tuple[int, float, int, float]:
    return math.prod(xs), math.prod(fs), math.prod(xs, start=3), math.prod(fs, start=2.0)


def prod_overflow(xs: list[int]) -> int:
    return math.prod(xs)


def test_top_words() -> list[str]:
    words = "b a c b a b d e".split()
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return heapq.nlargest(2, sorted(counts), key=lambda w: counts[w])


def printing(n: int, x: float, s: str, xs: list[int]) -> int:
    print(n, x, s, xs)
    print(s, n, sep="|", end="!\n")
    print()
    print((n, s), {s: x}, -0.0, True, None, sep=", ")
    return n


def kinds(n: int, x: float, s: str, xs: list[int]) -> tuple[bool, bool, bool, bool, bool, bool]:
    flag = n > 0
    return (isinstance(n, int), isinstance(flag, int), isinstance(x, int), isinstance(s, (float, str)),
            isinstance(xs, list), isinstance(xs, (dict, set, tuple)))


def count_true(xs: list[int], flags: list[bool]) -> tuple[int, int, int]:
    return sum(flags), sum(flags, 10), sum(x > 2 for x in xs) + math.prod(flags)


def min_max_float_default(xs: list[int]) -> tuple[float, float]:
    return min(xs, default=2.5), max(xs, key=lambda v: -v, default=-0.5)


def parse_int(s: str) -> int:
    return int(s)


def parse_float(s: str) -> float:
    return float(s)
