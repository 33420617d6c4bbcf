"""str, list, dict and set in compiled code: displays, indexing, slicing, comprehensions,
lambdas as keys, zip/enumerate/sorted, mutation seen by the caller, aliasing."""


def list_basics(n: int) -> list[int]:
    xs = [1, 2, 3]
    xs.append(n)
    xs[0] = xs[-1] * 2
    return xs + [len(xs)]


def repeat_and_index(n: int, i: int) -> bool:
    flags = [True] * n
    flags[1] = False
    return flags[i]


def slices(xs: list[int], lo: int, hi: int, step: int) -> list[int]:
    return xs[lo:hi:step]


def slice_defaults(xs: list[int]) -> tuple[list[int], list[int], list[int]]:
    return xs[1:], xs[:-1], xs[::-1]


def comprehension(n: int) -> list[int]:
    return [k * k for k in range(n) if k % 3 != 0]


def nested_comprehension(n: int) -> list[tuple[int, int]]:
    return [(a, b) for a in range(n) for b in range(a) if (a + b) % 2 == 0]


def set_and_dict_comprehension(words: list[str]) -> tuple[set[int], dict[str, int]]:
    return {len(w) for w in words}, {w: len(w) for w in words}


def generator_sum(xs: list[float]) -> list[float]:
    return sorted(x * 2.0 for x in xs)


def word_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def counts_augmented(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        if w not in counts:
            counts[w] = 0
        counts[w] += 1
    return counts


def missing_key(d: dict[str, int], key: str) -> int:
    return d[key]


def index_error(xs: list[int], i: int) -> int:
    return xs[i]


def str_index(s: str, i: int) -> str:
    return s[i] + s[-1] + s[1:3]


def ranked(counts: dict[str, int], k: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]


def by_length(word: str) -> int:
    return len(word)


def sorted_named_key(words: list[str]) -> list[str]:
    return sorted(words, key=by_length, reverse=True)


def zipped(xs: list[int]) -> int:
    total = 0
    for a, b in zip(xs, xs[1:]):
        total += b - a
    return total


def enumerated(words: list[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for i, w in enumerate(words, 1):
        out.append((i, w))
    return out


def dict_iteration(d: dict[str, int]) -> tuple[list[str], int]:
    keys = [k for k in d]
    total = 0
    for key, value in d.items():
        total += value * len(key)
    return keys, total


def mutate_argument(xs: list[int], d: dict[str, int]) -> None:
    xs.append(99)
    xs[0] = -1
    d["new"] = 1


def aliasing(n: int) -> list[int]:
    a = [n]
    b = a
    b.append(n + 1)
    b += [n + 2]
    return a


def append_while_iterating(n: int) -> list[int]:
    xs = [n]
    for x in xs:
        if x > 0:
            xs.append(x - 1)
    return xs


def membership(xs: list[int], s: str, d: dict[str, int], x: int) -> tuple[bool, bool, bool, bool]:
    return x in xs, "ab" in s, s in d, x not in {1, 2, 3}


def truthiness(xs: list[int], s: str) -> int:
    n = 0
    if xs:
        n += 1
    if not s:
        n += 10
    return n


def compare_lists(a: list[int], b: list[int]) -> tuple[bool, bool, bool]:
    return a == b, a < b, [str(x) for x in a] == [str(x) for x in b]


def list_from(n: int, s: str) -> tuple[list[int], list[str], set[str]]:
    return list(range(n)), list(s), set(s)


def dict_from(keys: list[str]) -> dict[str, int]:
    return dict(zip(keys, range(len(keys))))


def set_algebra(a: set[int], b: set[int]) -> tuple[set[int], set[int], set[int]]:
    return a | b, a & b, a - b


def str_concat(a: str, b: str, n: int) -> str:
    return (a + b) * n


def unicode_lengths(s: str) -> tuple[int, str, str]:
    return len(s), s[::-1], s.lower()


# Write-back of container arguments (runtime/pycxx/python/unchanged.hpp): only a changed
# container is rewritten, so a read-only call leaves the caller's objects as they were.
def nested_total(xss: list[list[float]], weights: dict[str, float]) -> float:
    return sum(sum(xs) for xs in xss) * weights.get("w", 1.0)


def grow_inner(xss: list[list[int]]) -> None:
    xss[0].append(len(xss))


def set_first(xs: list[float], s: set[int]) -> None:
    xs[0] = 2.0
    s.add(3)


def group_by_first(words: list[str]) -> dict[str, list[str]]:
    # an empty list stored into a dict item takes the dict's value type; d[k].append mutates in place
    groups: dict[str, list[str]] = {}
    for w in words:
        if w[0] not in groups:
            groups[w[0]] = []
        groups[w[0]].append(w)
    grid: list[list[int]] = [[0], [1]]
    grid[1] = []
    grid[1].append(len(groups))
    return groups if grid[1][0] > 0 else {}
