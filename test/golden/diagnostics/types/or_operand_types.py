"""An or whose operands have different types."""


def branches(n: int) -> int:
    # CHECK:@+1:14-16: error: the operands of 'or' have different types 'int' and 'float': its result would have either type; convert them to one type [TypeMismatch]
    # CHECK:@+1:9: note: this operand is a 'int'
    y = n or 1.5
    return n
