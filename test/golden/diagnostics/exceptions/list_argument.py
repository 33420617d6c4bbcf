def list_argument(n: int) -> int:
    # CHECK:@+1:29-31: error: an argument of 'ValueError(...)' must be a str, a number, a bool or None, not a 'list[int]': convert it with str(...) [UnsupportedStatement]
    raise ValueError("bad", [n])
