def unpacking(n: int) -> int:
    # CHECK:@+1:5-11: error: cannot unpack a value of type 'tuple[int, int]' into 3 targets [TypeMismatch]
    a, b, c = (n, n)
    return a
