import numpy as np


def isinstance_of_class(x: int) -> bool:
    # CHECK:@+1:26-35: error: isinstance() takes one of int, bool, float, complex, str, list, dict, set, tuple (or a tuple of them) here [BadCallArguments]
    return isinstance(x, np.ndarray)
