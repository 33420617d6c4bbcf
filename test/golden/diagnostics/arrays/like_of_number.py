import numpy as np


def like_of_number(x: float) -> None:
    # CHECK:@+1:23: error: np.zeros_like() takes an array here, not 'float' [TypeMismatch]
    z = np.zeros_like(x)
