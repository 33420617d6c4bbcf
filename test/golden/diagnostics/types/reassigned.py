def reassigned(n: int) -> int:
    total = 0
    # CHECK:@+1:5-9: error: 'total' is assigned a 'float' here but has type 'int' elsewhere: a variable keeps one type [IncompatibleAssignment]
    # CHECK:@-1:5-9: note: 'total' first gets type 'int' here
    total = 0.5
    return n
