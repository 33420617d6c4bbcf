"""Slices and repetitions at the edges of 64 bits: an explicit bound of -2**63 is a bound (not
an omitted one), and a repetition too long to build raises CPython's OverflowError or
MemoryError."""


def slice_step(xs: list[int], k: int) -> list[int]:
    return xs[4:1:k]


def slice_bounds(xs: list[int], k: int) -> list[int]:
    return xs[k::-1] + xs[:k:2] + xs[k:] + xs[:k:-1]


def str_slices(s: str, k: int) -> str:
    return s[4:1:k] + s[k::-1] + s[:k]


def str_repeat(s: str, n: int) -> int:
    return len(s * n)


def list_repeat(xs: list[int], n: int) -> int:
    return len(xs * n)
