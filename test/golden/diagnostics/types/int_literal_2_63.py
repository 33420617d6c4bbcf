"""2**63 fits in int64 only negated: -9223372036854775808 is INT64_MIN, as CPython gives it."""


def smallest() -> int:
    return -9223372036854775808


def too_big() -> int:
    # CHECK:@+1:12-30: error: integer literal 9223372036854775808 does not fit in 64 bits: pycxx's int is a 64-bit integer [UnsupportedExpression]
    return 9223372036854775808
