import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]


def float32_reassigned(a: F32Vec) -> float:
    x = 1.5
    # CHECK:@+1:5: error: 'x' is assigned a 'numpy.float32' here but has type 'float' elsewhere: a variable keeps one type (start it as np.float32(...) to make it a 'numpy.float32' throughout) [IncompatibleAssignment]
    # CHECK:@-1:5: note: 'x' first gets type 'float' here
    x = a[0]
    return float(x)
