def int_power(base: int, exponent: int) -> int:
    squares = 0
    for k in range(1, 10):
        squares += base ** k + 2 ** len("ab")
    # CHECK:@+1:30-37: error: the exponent of an int ** int may be negative, where Python gives a float: write float(base) ** exponent for a float, or make the exponent visibly non-negative (a constant, len(...), abs(...), a range(...) index) [UnsupportedOperation]
    return squares + base ** exponent
