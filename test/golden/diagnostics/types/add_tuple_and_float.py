def operands(n: int) -> float:
    t = (n, n)
    # CHECK:@+1:12-18: error: cannot add 'tuple[int, int]' and 'float' [TypeMismatch]
    return t + 1.5
