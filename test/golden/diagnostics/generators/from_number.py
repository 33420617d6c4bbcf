def from_number(n: int):
    # CHECK:@+1:16: error: 'int' object is not iterable [TypeMismatch]
    yield from n
