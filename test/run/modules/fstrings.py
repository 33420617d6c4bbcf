"""f-strings of numbers and strings: plain fields (str()), !r and !s, and format specs (fill,
align, sign, z, #, 0, width, grouping, precision, type) as CPython's format()."""


def plain(n: int, x: float, s: str, b: bool) -> str:
    return f"n={n} x={x} s={s} b={b} {n + 1}{x * 2}{{braces}}"


def conversions(s: str, x: float, pair: tuple[int, str]) -> str:
    return f"{s!r} {s!s} {x!r} {pair} {pair!r} {[1, 2]} {s!r:>12}"


def float_specs(x: float) -> list[str]:
    return [f"{x:.3f}", f"{x:10.2f}", f"{x:<10.1f}|", f"{x:^11.3e}", f"{x:+.2E}", f"{x:g}", f"{x:.3g}",
            f"{x:#.3g}", f"{x:G}", f"{x:.2%}", f"{x:,.2f}", f"{x:_.1f}", f"{x:08.2f}", f"{x:z.1f}",
            f"{x:.3}", f"{x:}", f"{x:12}", f"{x: .0f}", f"{x:*>+12.4f}", f"{x:=+12.1f}", f"{x:,}", f"{x:e}"]


def int_specs(n: int) -> list[str]:
    return [f"{n:5d}", f"{n:<5}|", f"{n:^7}", f"{n:+d}", f"{n: d}", f"{n:05d}", f"{n:,}", f"{n:_}",
            f"{n:x}", f"{n:#X}", f"{n:#o}", f"{n:b}", f"{n:#010b}", f"{n:_x}", f"{n:010,}", f"{n:.2f}",
            f"{n:e}", f"{n:%}", f"{n:=+8}", f"{n:n}"]


def str_specs(s: str) -> list[str]:
    return [f"{s:10}|", f"{s:>10}", f"{s:^9}", f"{s:*<8}", f"{s:.2}", f"{s:8.3}|", f"{s:é^9}", f"{s:s}"]


def bool_specs(b: bool) -> list[str]:
    return [f"{b}", f"{b:>6}", f"{b:d}", f"{b:.1f}", f"{b!r:>7}"]


def char_spec(n: int) -> str:
    return f"{n:c}|{n:>3c}"


def bad_spec_float(x: float, which: int) -> str:
    if which == 0:
        return f"{x:d}"
    if which == 1:
        return f"{x:,n}"
    return f"{x:.}"


def bad_spec_int(n: int, which: int) -> str:
    if which == 0:
        return f"{n:.2d}"
    if which == 1:
        return f"{n:,x}"
    if which == 2:
        return f"{n:s}"
    return f"{n:+c}"


def bad_spec_str(s: str, which: int) -> str:
    if which == 0:
        return f"{s:=5}"
    if which == 1:
        return f"{s:+}"
    if which == 2:
        return f"{s:d}"
    return f"{s:,}"


def test_table() -> str:
    rows = [("apple", 3, 0.5), ("kiwi", 12, 12.25), ("fig", 100, -0.125)]
    out = ""
    for name, count, price in rows:
        out += f"{name:<8}|{count:>5d}|{price:>8.2f}|{count * price:+.1e}\n"
    return out


def str_format(n: int, x: float, s: str) -> list[str]:
    return ["{} {} {}".format(n, x, s), "{0}-{1}-{0}".format(s, n), "{:>6.2f}|{!r:^9}|{{literal}}".format(x, s),
            "no fields".format(), "{:_}".format(n), "{2}{1}{0}".format(1, 2.5, "three")]
