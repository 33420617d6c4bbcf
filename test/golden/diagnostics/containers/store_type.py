def store_type(xs: list[int]) -> None:
    # CHECK:@+1:5-9: error: cannot store a 'str' in a 'list[int]' [TypeMismatch]
    xs[0] = "x"
