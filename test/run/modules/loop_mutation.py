"""Loops whose body changes what they iterate: a dict or set changed in size raises CPython's
RuntimeError (never a read of freed memory), a list is walked by index as CPython walks it,
and a loop whose body rebinds the iterated name keeps iterating the object it began with."""
import numpy as np
from numpy.typing import NDArray


def dict_pop_in_loop(given: dict[int, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    total = 0
    for k in d:
        total += d.pop(k)
    return total


def dict_clear_in_loop(given: dict[str, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    n = 0
    for k in d:
        d.clear()
        n += 1
    return n


def dict_add_in_loop(given: dict[int, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    for k in d:
        d[k + 100] = 1
    return len(d)


def dict_items_pop(given: dict[int, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    for k, v in d.items():
        d.pop(k)
    return len(d)


def dict_values_set(given: dict[int, int]) -> list[int]:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    for v in d.values():
        d[v] = v
    return list(d.values())


def dict_same_size(given: dict[int, int]) -> list[int]:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    seen: list[int] = []
    for k in d:
        seen.append(k)
        if k == 1:
            d.pop(k)
            d[k + 1000] = 0
    return seen


def dict_break_after_pop(given: dict[int, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    for k in d:
        d.pop(k)
        break
    return len(d)


def set_discard_in_loop(given: set[int]) -> int:
    s = given.copy()  # the caller's object is left alone (the harness reuses it)
    total = 0
    for x in s:
        s.discard(x)
        total += x
    return total


def set_add_in_loop(given: set[int]) -> int:
    s = given.copy()  # the caller's object is left alone (the harness reuses it)
    for x in s:
        s.add(x + 1000)
    return len(s)


def list_remove_in_loop(given: list[int]) -> list[int]:
    xs = given.copy()  # the caller's object is left alone (the harness reuses it)
    seen: list[int] = []
    for x in xs:
        seen.append(x)
        xs.remove(x)
    return seen


def str_rebound(s: str) -> str:
    out = ""
    for ch in s:
        s = s.upper()
        out += ch
    return out + s


def str_rebound_shorter(s: str) -> str:
    out = ""
    for ch in s:
        s = ""
        out += ch
    return out


def array_rebound(a: NDArray[np.float64]) -> float:
    total = 0.0
    for x in a:
        a = a * 2.0
        total += x
    return total + a[0]


def dict_rebound(given: dict[int, int]) -> int:
    d = given.copy()  # the caller's object is left alone (the harness reuses it)
    total = 0
    for k in d:
        d = {}
        total += k
    return total


def list_rebound(given: list[int]) -> int:
    xs = given.copy()  # the caller's object is left alone (the harness reuses it)
    total = 0
    for x in xs:
        xs = [0]
        total += x
    return total


def dict_ops(keys: list[int], ops: list[int]) -> tuple[list[int], int]:
    """A dict built from keys, then a loop over it applying ops[i] at step i: 0 nothing, 1 pop
    the current key, 2 add a new key, 3 assign the current key, 4 pop and add (same size),
    5 clear; the keys seen and the final size. Used by the hypothesis family."""
    d: dict[int, int] = {}
    for k in keys:
        d[k] = k
    seen: list[int] = []
    i = 0
    for k in d:
        seen.append(k)
        op = ops[i % len(ops)] if ops else 0
        i += 1
        if op == 1:
            d.pop(k)
        elif op == 2:
            d[k + 1000 * i] = 0
        elif op == 3:
            d[k] = -k
        elif op == 4:
            d.pop(k)
            d[k + 1000 * i] = 0
        elif op == 5:
            d.clear()
    return seen, len(d)


def set_ops(items: list[int], ops: list[int]) -> tuple[int, int]:
    """As dict_ops over a set (0 nothing, 1 discard the current item, 2 add one, 3 add the
    current item again, 4 clear): how many items the loop saw and the final size."""
    s: set[int] = set()
    for x in items:
        s.add(x)
    n = 0
    for x in s:
        op = ops[n % len(ops)] if ops else 0
        n += 1
        if op == 1:
            s.discard(x)
        elif op == 2:
            s.add(x + 1000 * n)
        elif op == 3:
            s.add(x)
        elif op == 4:
            s.clear()
    return n, len(s)


def list_ops(items: list[int], ops: list[int]) -> tuple[list[int], list[int]]:
    """As dict_ops over a list (0 nothing, 1 remove the current item, 2 append, 3 insert at 0,
    4 pop the last, 5 clear): the items seen and the final list (bounded by 40 steps)."""
    xs = list(items)
    seen: list[int] = []
    for x in xs:
        seen.append(x)
        op = ops[len(seen) % len(ops)] if ops else 0
        if len(seen) > 40:
            break
        if op == 1:
            xs.remove(x)
        elif op == 2:
            xs.append(x + 1)
        elif op == 3:
            xs.insert(0, x)
        elif op == 4 and len(xs) > 0:
            xs.pop()
        elif op == 5:
            xs.clear()
    return seen, xs


def rebound_ops(s: str, n: int) -> str:
    """The iterated str rebound to a longer or shorter one by the body (n picks how)."""
    out = ""
    for ch in s:
        out += ch
        if n % 3 == 0:
            s = s + "x"
        elif n % 3 == 1:
            s = s[1:]
        else:
            s = ""
    return out + "|" + s
