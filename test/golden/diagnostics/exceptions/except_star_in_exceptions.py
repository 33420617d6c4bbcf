def groups(x: int) -> int:
    # CHECK:@+1:5-8: error: 'except*' (exception groups) is not supported: use 'except' with a class or a tuple of classes [UnsupportedStatement]
    try:
        x = 1
    except* ValueError:
        pass
    return x
