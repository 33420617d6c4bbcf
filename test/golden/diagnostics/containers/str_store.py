def str_store(s: str) -> str:
    # CHECK:@+1:5-8: error: 'str' object does not support item assignment [TypeMismatch]
    s[0] = "x"
    return s
