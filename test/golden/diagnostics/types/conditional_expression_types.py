"""A conditional expression whose branches have different types."""


def branches(n: int) -> int:
    # CHECK:@+1:25-27: error: the branches of this conditional expression have different types 'int' and 'float': convert them to one type [TypeMismatch]
    # CHECK:@+1:9: note: this branch is a 'int'
    x = n if n > 0 else 0.5
    return n
