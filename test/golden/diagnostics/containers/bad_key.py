def bad_key(d: dict[str, int]) -> int:
    # CHECK:@+1:14: error: a 'int' key cannot index a 'dict[str, int]' [TypeMismatch]
    return d[1]
