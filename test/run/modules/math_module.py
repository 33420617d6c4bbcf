"""Every function of the math module that pycxx has a shim for (stdlib_shims/math/),
called from compiled code with CPython's edge inputs: infinities, NaN, -0.0, domain
errors (ValueError: math domain error), range errors (OverflowError), int64 limits."""

import math


def f_acos(x: float) -> float:
    return math.acos(x)


def f_acosh(x: float) -> float:
    return math.acosh(x)


def f_asin(x: float) -> float:
    return math.asin(x)


def f_asinh(x: float) -> float:
    return math.asinh(x)


def f_atan(x: float) -> float:
    return math.atan(x)


def f_atan2(y: float, x: float) -> float:
    return math.atan2(y, x)


def f_atanh(x: float) -> float:
    return math.atanh(x)


def f_cbrt(x: float) -> float:
    return math.cbrt(x)


def f_ceil(x: float) -> int:
    return math.ceil(x)


def f_ceil_int(n: int) -> int:
    return math.ceil(n)


def f_comb(n: int, k: int) -> int:
    return math.comb(n, k)


def f_copysign(x: float, y: float) -> float:
    return math.copysign(x, y)


def f_cos(x: float) -> float:
    return math.cos(x)


def f_cosh(x: float) -> float:
    return math.cosh(x)


def f_degrees(x: float) -> float:
    return math.degrees(x)


def f_erf(x: float) -> float:
    return math.erf(x)


def f_erfc(x: float) -> float:
    return math.erfc(x)


def f_exp(x: float) -> float:
    return math.exp(x)


def f_exp2(x: float) -> float:
    return math.exp2(x)


def f_expm1(x: float) -> float:
    return math.expm1(x)


def f_fabs(x: float) -> float:
    return math.fabs(x)


def f_factorial(n: int) -> int:
    return math.factorial(n)


def f_floor(x: float) -> int:
    return math.floor(x)


def f_floor_int(n: int) -> int:
    return math.floor(n)


def f_fmod(x: float, y: float) -> float:
    return math.fmod(x, y)


def f_frexp(x: float) -> tuple[float, int]:
    return math.frexp(x)


def f_gamma(x: float) -> float:
    return math.gamma(x)


def f_gcd(a: int, b: int, c: int) -> int:
    return math.gcd(a, b, c)


def f_gcd_none() -> int:
    return math.gcd()


def f_hypot(x: float, y: float, z: float) -> float:
    return math.hypot(x, y, z)


def f_hypot2(x: float, y: float) -> float:
    return math.hypot(x, y)


def f_isclose(a: float, b: float) -> bool:
    return math.isclose(a, b)


def f_isclose_tol(a: float, b: float, rel: float, tol: float) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=tol)


def f_isfinite(x: float) -> bool:
    return math.isfinite(x)


def f_isinf(x: float) -> bool:
    return math.isinf(x)


def f_isnan(x: float) -> bool:
    return math.isnan(x)


def f_isqrt(n: int) -> int:
    return math.isqrt(n)


def f_lcm(a: int, b: int) -> int:
    return math.lcm(a, b)


def f_ldexp(x: float, i: int) -> float:
    return math.ldexp(x, i)


def f_lgamma(x: float) -> float:
    return math.lgamma(x)


def f_log(x: float) -> float:
    return math.log(x)


def f_log_base(x: float, b: float) -> float:
    return math.log(x, b)


def f_log10(x: float) -> float:
    return math.log10(x)


def f_log1p(x: float) -> float:
    return math.log1p(x)


def f_log2(x: float) -> float:
    return math.log2(x)


def f_modf(x: float) -> tuple[float, float]:
    return math.modf(x)


def f_nextafter(x: float, y: float) -> float:
    return math.nextafter(x, y)


def f_perm(n: int, k: int) -> int:
    return math.perm(n, k)


def f_perm1(n: int) -> int:
    return math.perm(n)


def f_pow(x: float, y: float) -> float:
    return math.pow(x, y)


def f_radians(x: float) -> float:
    return math.radians(x)


def f_remainder(x: float, y: float) -> float:
    return math.remainder(x, y)


def f_sin(x: float) -> float:
    return math.sin(x)


def f_sinh(x: float) -> float:
    return math.sinh(x)


def f_sqrt(x: float) -> float:
    return math.sqrt(x)


def f_tan(x: float) -> float:
    return math.tan(x)


def f_tanh(x: float) -> float:
    return math.tanh(x)


def f_trunc(x: float) -> int:
    return math.trunc(x)


def f_trunc_int(n: int) -> int:
    return math.trunc(n)


def f_ulp(x: float) -> float:
    return math.ulp(x)


def constants() -> tuple[float, float, float, float, float]:
    return math.pi, math.e, math.tau, math.inf, math.nan


def test_int_arguments_widen() -> float:
    return math.sqrt(16) + math.exp(0) + math.atan2(1, 2) + math.log(8, 2)
