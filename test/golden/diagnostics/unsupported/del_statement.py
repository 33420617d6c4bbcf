"""del statements."""


def statements(x: int) -> int:
    # CHECK:@+1:5-9: error: del statements are not supported [UnsupportedStatement]
    del x
    return 0
