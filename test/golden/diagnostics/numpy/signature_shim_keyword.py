import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def signature_shim_keyword(n: int) -> Vector:
    # CHECK:@+1:12-50: error: no form of np.linspace() takes arguments (float, float, int, retstep=bool); the supported forms are: [BadCallArguments]
    # CHECK:|     linspace(start: float, stop: float, num: int = 50, endpoint: bool = True) -> ndarray[float64, 1]
    return np.linspace(0.0, 1.0, n, retstep=False)
