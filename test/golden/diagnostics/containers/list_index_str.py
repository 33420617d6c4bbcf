"""A list indexed by a str."""


def bad_index(xs: list[int]) -> int:
    # CHECK:@+1:15-17: error: list indices must be integers or slices, not 'str' [TypeMismatch]
    return xs["a"]
