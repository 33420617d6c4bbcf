def not_iterable(n: int) -> int:
    total = 0
    # CHECK:@+1:14: error: 'int' object is not iterable [TypeMismatch]
    for x in n:
        total += x
    return total
