def no_form(a: int | None) -> int:
    # CHECK:@+1:12-15: error: 'int' object is not subscriptable [TypeMismatch]
    return a[0]
