import numpy as np


def bad_dtype_argument(n: int) -> None:
    # CHECK:@+1:27-30: error: dtype must be written as a numpy type (np.float64, np.int32, ...), its name ("float32") or int, float, bool, complex [UnsupportedExpression]
    z = np.zeros(n, dtype="f8")
