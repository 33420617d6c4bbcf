def bad_index(xs: list[int], s: str) -> int:
    # CHECK:@+1:15-17: error: list indices must be integers or slices, not 'str' [TypeMismatch]
    # CHECK:@+1:28-30: error: string indices must be integers or slices, not 'float' [TypeMismatch]
    return xs["a"] + len(s[1.5])
