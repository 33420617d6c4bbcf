def identity(n: int) -> bool:
    # CHECK:@+1:12-17: error: 'is' compares identity; compiled values have none except None: use == or != [UnsupportedOperation]
    return n is 1
