"""except of an empty tuple."""


def handlers(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:12-13: error: an empty tuple of exceptions catches nothing: name a class [NotAnException]
    except ():
        pass
    return x
