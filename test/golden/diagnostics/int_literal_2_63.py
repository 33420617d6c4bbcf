"""2**63 fits in int64 only negated: -9223372036854775808 is INT64_MIN, as CPython gives it."""


def smallest() -> int:
    return -9223372036854775808


def too_big() -> int:
    return 9223372036854775808

# CHECK:EXIT: 1
# CHECK:STDERR: int_literal_2_63.py:9:12: error: integer literal 9223372036854775808 does not fit in 64 bits: pycxx's int is a 64-bit integer [UnsupportedExpression]
# CHECK:STDERR:         return 9223372036854775808
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~
