def complex_order(z: complex) -> bool:
    # CHECK:@+1:12-16: error: '<' is not supported between 'complex' and 'complex' [TypeMismatch]
    return z < z
