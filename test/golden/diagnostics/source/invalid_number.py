def f(x: int) -> int:
    # CHECK:@+1:20: error: invalid digit '2' in binary literal [InvalidNumber]
    return x + 0b102
