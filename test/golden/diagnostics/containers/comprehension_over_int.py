def comprehension_over_int(n: int) -> list[int]:
    # CHECK:@+1:24: error: 'int' object is not iterable [TypeMismatch]
    return [x for x in n]
