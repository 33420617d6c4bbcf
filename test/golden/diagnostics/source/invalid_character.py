def f(x: int) -> int:
    # CHECK:@+1:14: error: invalid character '€' (U+20AC) [InvalidCharacter]
    return x € 2
