def len_of_number(x: float) -> int:
    # CHECK:@+1:16: error: len() cannot take an argument of type 'float' [BadCallArguments]
    return len(x)
