def global_unknown(n: int) -> int:
    # CHECK:@+1:5-18: error: 'global nothing': only module-level constants can be named global in compiled code, and only read [UnsupportedStatement]
    global nothing
    return n
