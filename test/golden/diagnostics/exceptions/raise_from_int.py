"""raise ... from a value that is neither a caught exception nor None."""


def raising(x: int) -> int:
    # CHECK:@+1:32: error: the cause of 'raise ... from' must be a caught exception ('except ... as e': 'from e') or None [NotAnException]
    raise ValueError("a") from x
