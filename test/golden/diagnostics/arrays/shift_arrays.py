def shift_arrays(v: 'int[:]') -> None:
    # CHECK:@+1:9-14: error: '<<' between 'numpy.ndarray[tuple[int], numpy.dtype[numpy.int64]]' and 'int' is not supported for arrays yet [UnsupportedOperation]
    w = v << 1
