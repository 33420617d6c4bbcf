"""A generator that yields values of two types."""


def _pairs(n: int):
    yield n
    # CHECK:@+1:11-14: error: generator '_pairs' yields a 'tuple[int, int]' here but a 'int' elsewhere: a compiled generator yields one type [TypeMismatch]
    # CHECK:@-1:11: note: yields a 'int' here
    yield n, n
