def keyword_argument(n: int) -> int:
    # CHECK:@+1:11-35: error: an exception raised by compiled code takes positional arguments only, as 'ValueError("message", value)' [UnsupportedStatement]
    raise ValueError("bad", code=n)
