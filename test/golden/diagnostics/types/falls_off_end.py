# CHECK:@+1:1-33: error: function 'falls_off_end' can reach its end without a return statement (returning None), but its annotation says 'int' [ReturnTypeMismatch]
def falls_off_end(n: int) -> int:
    if n:
        return 1
