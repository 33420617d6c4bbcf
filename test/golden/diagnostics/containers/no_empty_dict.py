def no_empty_dict() -> int:
    # CHECK:@+1:9-14: error: cannot tell the item type of an empty dict(): annotate the variable, as in 'x: dict[str, int] = dict()' [TypeMismatch]
    d = dict()
    return len(d)
