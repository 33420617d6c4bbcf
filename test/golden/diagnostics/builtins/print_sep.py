def print_sep(x: int) -> None:
    # CHECK:@+1:18: error: sep must be a str, not 'int' [BadCallArguments]
    print(x, sep=1)
