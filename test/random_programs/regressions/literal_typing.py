"""Literal-only subexpressions are int64 in C++ (they were C++ int: ambiguous overloads)."""


def chosen(a: bool) -> int:
    print(1 if a else 0)
    return abs(7 if a else 8)


def bits() -> int:
    return round(3 & 5) + (~8) + abs(-(-3)) + max(2 | 1, 7 ^ 2)


def spelled() -> str:
    return repr(~8) + str(1 if True else 0) + repr(- -4)


def module_level(a: bool) -> int:
    return round(2.5 if a else 3.5) + abs(1 << 4)
