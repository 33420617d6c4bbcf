def builtin_stored(xs: list[str]) -> int:
    # CHECK:@+1:9-11: error: 'len' is a builtin function: as a value it is supported as an argument of a library call taking a function (sorted(xs, key=len)); elsewhere write a lambda (lambda v: len(v)) [UnsupportedExpression]
    f = len
    return f(xs)
