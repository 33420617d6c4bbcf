def f(x: int) -> int:
        y = 1
    # CHECK:@+1:13: error: unindent does not match any outer indentation level [InvalidIndentation]
    return x
