"""with statements."""


def statements(x: int) -> int:
    # CHECK:@+1:5-11: error: with statements are not supported [UnsupportedStatement]
    with x:
        pass
    return x
