def int_array_plus_float_in_place(v: 'int[:]') -> None:
    # CHECK:@+1:5-12: error: 'v += ...' gives a 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' but 'v' has type 'numpy.ndarray[tuple[int], numpy.dtype[numpy.int64]]': a variable keeps one type [IncompatibleAssignment]
    v += 1.5
