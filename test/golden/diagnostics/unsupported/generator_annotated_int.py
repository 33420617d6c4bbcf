"""A generator function annotated with the type of its items instead of Iterator[T]."""


# CHECK:@+1:1-29: error: generator 'generator' is annotated 'int': annotate it Iterator[T] (collections.abc or typing) [ReturnTypeMismatch]
def generator(x: int) -> int:
    yield x
