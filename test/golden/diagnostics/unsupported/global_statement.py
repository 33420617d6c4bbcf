"""global names a module constant that is only read; assigning one is not compiled."""


def statements(x: int) -> int:
    # CHECK:@+1:5-16: error: 'global LIMIT': only module-level constants can be named global in compiled code, and only read [UnsupportedStatement]
    global LIMIT
    return x
