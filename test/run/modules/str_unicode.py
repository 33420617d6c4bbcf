"""str methods with CPython's Unicode answers: the character classes (isdigit, isalpha,
isalnum, isspace, isdecimal, isnumeric), the case tests (isupper, islower, istitle) and
mappings (title, capitalize, swapcase), padding (center, ljust, rjust, zfill), partition,
rpartition, splitlines, count, rfind, index, rindex, lstrip, rstrip."""


def predicates(s: str) -> int:
    """The nine tests as bits, so that every code point can be checked in one call."""
    bits = 0
    for k, b in enumerate([s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(),
                           s.isupper(), s.islower(), s.istitle()]):
        if b:
            bits += 1 << k
    return bits


def predicates_of_each(chars: list[str]) -> list[int]:
    return [predicates(c) for c in chars]


def mappings(s: str) -> list[str]:
    return [s.title(), s.capitalize(), s.swapcase(), s.upper(), s.lower()]


def mappings_of_each(chars: list[str]) -> list[str]:
    out: list[str] = []
    for c in chars:
        out.append("|".join(mappings(c)))
    return out


def layout(s: str, width: int, fill: str) -> list[str]:
    return [s.center(width, fill), s.ljust(width, fill), s.rjust(width, fill), s.zfill(width), s.center(width),
            s.ljust(width), s.rjust(width)]


def parts(s: str, sep: str) -> tuple[tuple[str, str, str], tuple[str, str, str], int, int, int]:
    return s.partition(sep), s.rpartition(sep), s.count(sep), s.rfind(sep), s.find(sep)


def lines(s: str, keepends: bool) -> list[str]:
    return s.splitlines(keepends)


def lines_default(s: str) -> list[str]:
    return s.splitlines()


def positions(s: str, sub: str) -> tuple[int, int]:
    return s.index(sub), s.rindex(sub)


def stripped(s: str, chars: str) -> list[str]:
    return [s.lstrip(chars), s.rstrip(chars), s.lstrip(), s.rstrip()]
