def fstring_nested_spec(x: float, w: int) -> str:
    # CHECK:@+1:12-24: error: nested replacement fields in a format spec are not supported yet: write the spec out [UnsupportedExpression]
    return f"{x:{w}.2f}"
