import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]


def astype_without_dtype(a: F32Vec) -> float:
    # CHECK:@+1:9-18: error: a.astype() missing required argument 'dtype' [BadCallArguments]
    b = a.astype()
    return 0.0
