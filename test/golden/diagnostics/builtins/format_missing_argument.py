"""str.format() with fewer arguments than fields."""


def format_bad(x: int) -> str:
    # CHECK:@+1:12-28: error: str.format(): Replacement index 1 out of range for positional args tuple [BadCallArguments]
    return "{} {}".format(x)
