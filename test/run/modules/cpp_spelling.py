"""Python that the generated C++ must spell with care: names that are C or C++ keywords,
macros of the C, POSIX, CPython and numpy headers, or names the generated wrapper uses
itself (every Python name is mangled in C++, exported names keep their Python spelling),
and chains of unary operators (-(-p) is not C++'s decrement --p)."""

import numpy as np

NAN = 1.5
INFINITY = 2
M_PI = 3.0
EOF_ = "end"
true = False
false = True


def xor(a: int, b: int) -> int:
    return a ^ b


def locals_named_xor(n: int) -> int:
    xor = 0
    for bitand in range(n):
        xor = xor ^ bitand
    return xor


def NULL(errno: int, ERANGE: int) -> int:
    EDOM = errno + ERANGE
    HUGE_VAL = EDOM * 2
    return HUGE_VAL


def macros(INT_MAX: int) -> float:
    EOF = -1
    SIZE_MAX = INT_MAX + EOF
    NAN = float(SIZE_MAX)
    M_PI = NAN / 2.0
    INFINITY = M_PI * 2.0
    return INFINITY + NAN


def keywords(true: bool, false: bool) -> bool:
    Py_None = true and not false
    int64_t = 3
    std = int64_t + 1
    pycxx = std * 2
    return Py_None or pycxx > 7


def wrapper_names(arguments: int, args: int, nargs: int, kwnames: int, result: int) -> int:
    nogil = arguments + args
    m = nargs * kwnames
    methods = nogil - m
    module_def = methods + result
    return module_def


def write_back_names(xs: list[int], xs_write_back: list[int]) -> int:
    xs.append(1)  # both written back to the caller's lists (the harness reuses them: no lengths)
    xs_write_back.append(2)
    return xs[-1] * 10 + xs_write_back[-1]


def generated_names(n: int) -> int:
    tmp0_ = n
    loop0_ = 1
    n_bound_ = 2
    x_s1 = 3
    f__0 = 4
    total = 0
    for i in range(n):
        total += i if i > 2 else -i
    return tmp0_ + loop0_ + n_bound_ + x_s1 + f__0 + total + sum([NULL * 2 for NULL in range(n)])


def closure_names(n: int) -> int:
    def xor(EOF: int) -> int:
        return EOF ^ n

    def EDOM(k: int) -> int:
        return k if k < 2 else EDOM(k - 1) + k

    return xor(3) + EDOM(n)


def lambda_names(values: list[int]) -> list[int]:
    return sorted(values, key=lambda EOF: -EOF)


def array_names(INFINITY: np.ndarray[tuple[int], np.dtype[np.float64]]) -> float:
    NULL = INFINITY * 2.0
    EOF = 0.0
    for i in range(NULL.shape[0]):
        EOF += NULL[i]
    return EOF


def constants() -> tuple[float, int, float, str, int, bool, bool]:
    return NAN, INFINITY, M_PI, EOF_, 7, true, false


def neg_neg(p: float) -> float:
    return -(-p)


def neg_neg_literal() -> float:
    return --2.5


def neg_neg_int(n: int) -> int:
    return -(-n)


def neg_neg_literal_int() -> int:
    return --5


def unary_chains(p: float, n: int, b: bool) -> tuple[float, float, int, int, bool, int]:
    return - - -p, +(-p), ~~n, -~n, not not b, ~-n


def neg_of_negative_literal_float() -> float:
    x = 2.0
    return -(-2.0) + -(-x) - -x


def numpy_neg_neg(a: np.ndarray[tuple[int], np.dtype[np.float64]]) -> float:
    return float(-(-a[0]))
