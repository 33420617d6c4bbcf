# CHECK:@+1:26-28: error: the default of parameter 'x' is a 'float' but its annotation says 'int' [TypeMismatch]
def bad_default(x: int = 1.5) -> int:
    return x
