import numpy as np


def constructor_arguments(x: float) -> float:
    # CHECK:@+1:18-33: error: np.float64() takes at most one positional argument here [BadCallArguments]
    return float(np.float64(x, x))
