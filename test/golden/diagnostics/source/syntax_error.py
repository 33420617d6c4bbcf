# CHECK:@+1:21: error: expected ':' [SyntaxError]
def f(x: int) -> int
    return x
