"""list, dict, set and str methods (the shims in stdlib_shims/builtins/<type>/): results,
mutations and CPython's exception messages. Arguments are copied before being mutated, since
the harness passes the same objects to CPython and to the compiled module."""


def list_mutators(xs: list[int], x: int, i: int) -> tuple[list[int], int]:
    ys = xs.copy()
    ys.extend([x, x + 1])
    ys.insert(i, -x)
    ys.extend(ys)
    n = ys.count(x)
    ys.reverse()
    return ys, n


def list_extend_iterables(xs: list[float], s: str) -> tuple[list[float], list[str]]:
    ys = xs.copy()
    ys.extend(v * 2.0 for v in xs)
    ys.extend(float(k) for k in range(3))
    chars: list[str] = []
    chars.extend(s)
    chars.extend(sorted(s))
    return ys, chars


def list_pop(xs: list[int], i: int) -> tuple[int, int, list[int]]:
    ys = xs.copy()
    last = ys.pop()
    at = ys.pop(i)
    return last, at, ys


def list_index(xs: list[float], x: float, start: int, stop: int) -> tuple[int, int]:
    return xs.index(x), xs.index(x, start, stop)


def list_index_from(xs: list[str], x: str, start: int) -> int:
    return xs.index(x, start)


def list_remove(xs: list[int], x: int) -> list[int]:
    ys = xs.copy()
    ys.remove(x)
    ys.remove(x)
    return ys


def list_copy_clear(xs: list[int]) -> tuple[list[int], list[int], list[int]]:
    alias = xs.copy()
    copied = alias.copy()
    other = alias
    other.clear()
    return alias, copied, other


def list_sort(xs: list[float]) -> tuple[list[float], list[float], list[float]]:
    a = xs.copy()
    a.sort()
    b = xs.copy()
    b.sort(reverse=True)
    c = xs.copy()
    c.sort(key=lambda v: abs(v))
    return a, b, c


def list_sort_stable(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    a = words.copy()
    a.sort(key=lambda w: len(w))
    b = words.copy()
    b.sort(key=lambda w: len(w), reverse=True)
    c = words.copy()
    c.sort(key=lambda w: (w[-1], -len(w)))
    return a, b, c


def list_sort_tuples(pairs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    ys = pairs.copy()
    ys.sort()
    return ys


def dict_methods(d: dict[str, int], k: str) -> tuple[int, int, int, dict[str, int], dict[str, int]]:
    e = d.copy()
    a = e.setdefault(k, 7)
    b = e.setdefault("z", 8)
    c = e.pop("z", -1) + e.pop("never", -1)
    f = e.copy()
    f.update({"q": 1, k: 100})
    return a, b, c, e, f


def dict_pop_missing(d: dict[int, float], k: int) -> float:
    e = d.copy()
    return e.pop(k)


def dict_popitem(d: dict[str, int]) -> tuple[tuple[str, int], dict[str, int]]:
    e = d.copy()
    item = e.popitem()
    return item, e


def dict_clear(d: dict[str, int]) -> tuple[int, int]:
    e = d.copy()
    n = len(e)
    e.clear()
    return n, len(e)


def set_methods(a: set[int], b: set[int]) -> tuple[list[int], list[int], list[int], list[int], bool, bool, bool]:
    u = sorted(a.union(b))
    i = sorted(a.intersection(b))
    d = sorted(a.difference(b))
    s = sorted(a.symmetric_difference(b))
    return u, i, d, s, a.issubset(b), a.issuperset(b), a.isdisjoint(b)


def set_mutators(a: set[int], x: int) -> tuple[list[int], int]:
    s = a.copy()
    s.add(x)
    s.add(x)
    s.discard(x + 1)
    t = s.copy()
    t.update({100, 101})
    t.difference_update({100})
    t.intersection_update(s | {101})
    n = len(t)
    s.remove(x)
    s.clear()
    return sorted(t), n + len(s)


def set_remove_missing(a: set[str], x: str) -> int:
    s = a.copy()
    s.remove(x)
    return len(s)


def set_pop_single(x: float) -> tuple[float, int]:
    s = {x}
    y = s.pop()
    return y, len(s)


def set_pop_empty() -> int:
    s: set[int] = set()
    return s.pop()


def str_strip(s: str, chars: str) -> tuple[str, str, str, str, str, str]:
    return s.strip(), s.lstrip(), s.rstrip(), s.strip(chars), s.lstrip(chars), s.rstrip(chars)


def str_search(s: str, sub: str) -> tuple[int, int, int, bool, bool]:
    return s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub)


def str_index(s: str, sub: str) -> int:
    return s.index(sub)


def str_transform(s: str, old: str, new: str) -> tuple[str, str, str, bool]:
    return s.upper(), s.replace(old, new), s.replace(old, new, 1), s.isspace()


def str_join(parts: list[str], sep: str) -> tuple[str, str, str]:
    return sep.join(parts), "".join(p.upper() for p in parts), sep.join(sorted(parts))


def test_word_frequency() -> list[tuple[str, int]]:
    text = "  the quick brown fox jumps over the lazy dog; The DOG sleeps.  "
    counts: dict[str, int] = {}
    for word in text.strip().lower().replace(";", " ").replace(".", "").split():
        counts[word] = counts.setdefault(word, 0) + 1
    items = list(counts.items())
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items[:4]
