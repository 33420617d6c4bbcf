def concat(xs: list[int], ys: list[float]) -> list[int]:
    # CHECK:@+1:12-18: error: cannot add 'list[int]' and 'list[float]' [TypeMismatch]
    return xs + ys
