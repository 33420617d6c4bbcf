import numpy as np

CVec = np.ndarray[tuple[int], np.dtype[np.complex128]]


def complex_floor(z: CVec) -> complex:
    # CHECK:@+1:20-31: error: numpy cannot floor-divide 'numpy.complex128' and 'numpy.complex128': '//' and '%' are not defined for complex numbers [TypeMismatch]
    return complex(z[0] // z[1])
