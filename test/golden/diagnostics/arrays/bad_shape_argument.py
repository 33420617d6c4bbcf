import numpy as np


def bad_shape_argument(x: float) -> None:
    # CHECK:@+1:18: error: the shape of np.zeros() must be an int or a tuple of ints, not 'float' [TypeMismatch]
    z = np.zeros(x)
