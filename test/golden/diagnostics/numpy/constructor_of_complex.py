import numpy as np


def constructor_of_complex(z: complex) -> float:
    # CHECK:@+1:29: error: np.float32() cannot convert a 'complex' to 'numpy.float32' [BadCallArguments]
    return float(np.float32(z))
