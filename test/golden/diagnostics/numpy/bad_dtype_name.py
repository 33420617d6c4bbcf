import numpy as np

F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]


def bad_dtype_name(a: F32Vec) -> float:
    # CHECK:@+1:18-26: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
    b = a.astype("float16")
    return 0.0
