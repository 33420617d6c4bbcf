def returns_two_types(n: int):
    if n:
        return 1
    # CHECK:@+1:5-14: error: function 'returns_two_types' returns 'float' here but 'int' elsewhere: a compiled function returns one type [ReturnTypeMismatch]
    # CHECK:@-1:9-16: note: returns 'int' here
    return 2.5
