"""T | None values: locals assigned None on some paths, narrowing, optional returns, dict.get,
min/max(default=None) (test_optionals.py compares every function with CPython)."""


def running_max(xs: list[int]) -> int:
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best if best is not None else -1


def first_positive(xs: list[float]):
    for x in xs:
        if x > 0:
            return x
    return None


def early_return(xs: list[int]) -> int:
    found = None
    for x in xs:
        if x % 3 == 0:
            found = x
            break
    if found is None:
        return -100
    return found * 2


def truthiness(n: int) -> int:
    v = None
    if n > 3:
        v = n - 5
    if v:
        return v * 10
    if not v:
        return 7 if v is None else 8
    return 9


def and_chain(n: int) -> bool:
    v = None if n < 0 else n
    return v is not None and v > 2 and v < 10


def while_narrowed(n: int) -> int:
    v = n if n > 0 else None
    total = 0
    while v is not None and v > 0:
        total += v
        v = v - 3 if v > 3 else None
    return total


def assert_narrows(n: int) -> int:
    v = n if n != 0 else None
    assert v is not None, "zero"
    return v + 1


def else_branch(n: int) -> int:
    v = None
    if n > 0:
        v = n
    if v is None:
        r = 0
    else:
        r = v * v
    return r


def annotated(n: int) -> float:
    x: float | None = None
    if n > 1:
        x = n / 2
    if x is not None:
        return x
    return -1.0


def reassigned_in_loop(xs: list[int]) -> int:
    last = None
    count = 0
    for x in xs:
        if last is not None:
            count += last
        last = x if x > 0 else None
    return count


def optional_str(words: list[str], n: int):
    w = None
    for word in words:
        if len(word) == n:
            w = word
    return w


def dict_get(d: dict[str, int], k: str) -> int:
    v = d.get(k)
    if v is None:
        return 0
    return v + 1


def dict_get_raw(d: dict[str, int], k: str):
    return d.get(k)


def max_default(xs: list[int]):
    return max(xs, default=None)


def min_default(xs: list[str]) -> str:
    s = min(xs, key=len, default=None)
    return "empty" if s is None else s


def none_raises(n: int) -> int:
    v = None if n < 0 else n
    try:
        v = None
        if n > 5:
            raise ValueError("big")
        v = n
    except ValueError:
        pass
    if v is None:
        return -1
    return v


def test_optional_in_closure() -> int:
    best = None
    def bump(k: int) -> int:
        return k + 1
    for k in [3, 1, 4]:
        if best is None or bump(k) > best:
            best = bump(k)
    return best if best is not None else 0


def annotated_return(n: int) -> int | None:
    if n > 0:
        return n * 3
    return None


def widened_later(n: int) -> int:
    x = 5
    if n < 0:
        x = None
    return -1 if x is None else x + n


def nested_optional_calls(xs: list[int]) -> int:
    total = 0
    for x in xs:
        r = annotated_return(x)
        if r is not None:
            total += r
    return total
