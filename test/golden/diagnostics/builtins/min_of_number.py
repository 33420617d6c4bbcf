def min_of_number(x: int) -> int:
    # CHECK:@+1:12-17: error: no form of min() takes arguments (int); the supported forms are: [BadCallArguments]
    # CHECK:|     min(a: int, b: int, /, *args: int) -> int
    # CHECK:|     min(a: float, b: float, /, *args: float) -> float
    # CHECK:|     min(iterable: Iterable[T], /) -> T
    # CHECK:|     min(iterable: Iterable[T], /, *, key: Callable[[T], K]) -> T
    # CHECK:|     min(iterable: Iterable[T], /, *, default: T) -> T
    # CHECK:|     min(iterable: Iterable[T], /, *, key: Callable[[T], K], default: T) -> T
    # CHECK:|     min(iterable: Iterable[T], /, *, default: None) -> T | None
    # CHECK:|     min(iterable: Iterable[T], /, *, key: Callable[[T], K], default: None) -> T | None
    return min(x)
