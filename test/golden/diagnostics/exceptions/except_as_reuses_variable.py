"""except ... as e: with e already a variable of another type."""


def exception_values(x: int) -> int:
    e = 1
    try:
        x = 2
    # CHECK:@+1:5-27: error: 'e' is bound to a caught exception here but has type 'int' elsewhere: a variable keeps one type [IncompatibleAssignment]
    # CHECK:@-3:5: note: 'e' first gets type 'int' here
    except ValueError as e:
        pass
    return x
