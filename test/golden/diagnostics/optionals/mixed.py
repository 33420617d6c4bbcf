def mixed(n: int):
    v = None
    if n > 0:
        v = n
    else:
        # CHECK:@+1:9: error: 'v' is assigned a 'str' here but has type 'int | None' elsewhere: a variable keeps one type [IncompatibleAssignment]
        # CHECK:@-4:5: note: 'v' first gets type 'int | None' here
        v = "neg"
    return v
