def fstring_spec_on_list(xs: list[int]) -> str:
    # CHECK:@+1:12-22: error: a format spec needs an int, float, bool or str, not 'list[int]' (CPython: TypeError); format the items, or add !s [UnsupportedExpression]
    return f"{xs:>10}"
