def mixed_items() -> int:
    # CHECK:@+1:17-21: error: the items of this list have different types 'int' and 'str': a list holds one type [TypeMismatch]
    # CHECK:@+1:14: note: this item is a 'int'
    items = [1, "two"]
    return 0
