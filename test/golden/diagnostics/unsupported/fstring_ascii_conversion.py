"""The !a conversion of an f-string field."""


def expressions(x: int) -> str:
    # CHECK:@+1:12-19: error: the !a conversion is not supported: use !r [UnsupportedExpression]
    return f"{x!a}"
