"""An error inside an unannotated helper: its caller gets no second error about the unknown return type."""
import numpy as np

Vector = np.ndarray[tuple[int], np.dtype[np.float64]]


def calls_internal(v: Vector) -> int:
    return internal_helper(v)


# CHECK:@+1:1-23: warning: public function 'internal_helper' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
def internal_helper(v):
    # CHECK:@+1:12-20: error: 'numpy.ndarray[tuple[int], numpy.dtype[numpy.float64]]' has no attribute 'strides' [UnknownAttribute]
    return v.strides
