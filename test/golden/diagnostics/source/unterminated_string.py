def f(x: int) -> int:
    # CHECK:@+1:9: error: unterminated string literal (detected at line 3) [UnterminatedString]
    s = "abc
    return x
