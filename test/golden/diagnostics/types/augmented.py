def augmented(n: int) -> int:
    # CHECK:@+1:5-10: error: 'n /= ...' gives a 'float' but 'n' has type 'int': a variable keeps one type [IncompatibleAssignment]
    n /= 2
    return n
