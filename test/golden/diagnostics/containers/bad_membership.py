def bad_membership(xs: list[int]) -> bool:
    # CHECK:@+1:12-20: error: 'in <list[int]>' requires a 'int' as left operand, not 'str' [TypeMismatch]
    return "a" in xs
