"""An exception object made outside a raise statement."""


def f(n: int) -> int:
    # CHECK:@+1:9-29: error: exception objects are only supported directly in a raise statement [UnsupportedExpression]
    o = ValueError("message")
    return n
