"""Assignment expressions (:=)."""


def expressions(x: int) -> int:
    # CHECK:@+1:10-15: error: assignment expressions (:=) are not supported yet [UnsupportedExpression]
    e = (y := 3)
    return x
