"""An attribute a float does not have."""


def uses(x: float) -> float:
    # CHECK:@+1:9-15: error: 'float' has no attribute 'shape' [UnknownAttribute]
    c = x.shape
    return x
