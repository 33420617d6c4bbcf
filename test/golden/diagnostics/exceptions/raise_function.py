"""raise of a function."""


def helper(x: int) -> int:
    return x


def raising(x: int) -> int:
    # CHECK:@+1:11-16: error: 'helper' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
    raise helper
