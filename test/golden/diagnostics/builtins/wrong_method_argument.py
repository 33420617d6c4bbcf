def wrong_method_argument(xs: list[int]) -> int:
    # CHECK:@+1:12-25: error: no form of xs.pop() takes arguments (list[int], str); the supported forms are: [BadCallArguments]
    # CHECK:|     pop(self: list[T], index: int = -1, /) -> T
    return xs.pop("last")
