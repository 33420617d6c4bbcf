def tuple_item_store(t: tuple[int, int]) -> None:
    # CHECK:@+1:5-8: error: 'tuple[int, int]' object does not support item assignment [TypeMismatch]
    t[0] = 1
