import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]


def float_then_float32(a: F32Vec) -> float:
    total = 0.0
    # CHECK:@+1:5-17: error: 'total += ...' gives a 'numpy.float32' but 'total' has type 'float': a variable keeps one type (start it as np.float32(...) to make it a 'numpy.float32' throughout) [IncompatibleAssignment]
    total += a[0]
    return float(total)
