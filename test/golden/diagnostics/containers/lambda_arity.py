def lambda_arity(xs: list[int]) -> list[int]:
    # CHECK:@+1:12-41: error: no form of sorted() takes arguments (list[int], key=function); the supported forms are: [BadCallArguments]
    # CHECK:|     sorted(iterable: Iterable[T], /, *, reverse: bool = False) -> list[T]
    # CHECK:|     sorted(iterable: Iterable[T], /, *, key: Callable[[T], K], reverse: bool = False) -> list[T]
    return sorted(xs, key=lambda a, b: a)
