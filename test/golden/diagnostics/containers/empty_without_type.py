def empty_without_type() -> int:
    # CHECK:@+1:13-14: error: cannot tell the item type of an empty list: annotate the variable, as in 'x: list[int] = []' [TypeMismatch]
    items = []
    return 0
