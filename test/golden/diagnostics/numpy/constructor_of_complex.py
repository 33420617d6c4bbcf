import numpy as np
F32Vec = np.ndarray[tuple[int], np.dtype[np.float32]]
BoolVec = np.ndarray[tuple[int], np.dtype[np.bool_]]
CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def constructor_of_complex(z: complex) -> float:
    # CHECK:@+1:29: error: np.float32() cannot convert a 'complex' to 'numpy.float32' [BadCallArguments]
    return float(np.float32(z))
