def big_literal() -> int:
    # CHECK:@+1:12-41: error: integer literal 123456789012345678901234567890 does not fit in 64 bits: pycxx's int is a 64-bit integer [UnsupportedExpression]
    return 123456789012345678901234567890
