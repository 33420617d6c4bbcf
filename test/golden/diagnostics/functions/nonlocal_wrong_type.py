def nonlocal_wrong_type(n: int) -> int:
    total = 0
    def inner() -> None:
        nonlocal total
        # CHECK:@+1:9-13: error: nonlocal 'total' is assigned a 'str' here but has type 'int' in the enclosing function: a variable keeps one type [IncompatibleAssignment]
        # CHECK:@-3:5-9: note: 'total' first gets type 'int' here
        total = "x"
    inner()
    return total
