import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


# CHECK:@+1:1-29: error: exported function 'returns_dtype' returns a numpy dtype: returning one to Python is not supported yet; return str(a.dtype) (its name) instead [UnsupportedExpression]
def returns_dtype(a: Vector):
    return a.dtype
