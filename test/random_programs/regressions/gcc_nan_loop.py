"""g++ 12.2 -O2 skipped the check of int(nan) in a loop (ValueError: cannot convert float NaN to
integer) (issue 11, point 5)."""


def total(x: float, n: int) -> int:
    t = 0
    for i in range(n):
        t += int(x) + i
    return t


def first(xs: list[float]) -> int:
    t = 0
    for x in xs:
        if x > 100.0:
            t += 1
        t += int(x)
    return t
