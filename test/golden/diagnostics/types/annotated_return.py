def annotated_return(n: int) -> int:
    # CHECK:@+1:12-16: error: function 'annotated_return' returns a 'float' but its annotation says 'int' [ReturnTypeMismatch]
    return n / 2
