"""str.format() with automatic and manual field numbers mixed."""


def format_bad(x: int) -> str:
    # CHECK:@+1:12-32: error: str.format(): cannot switch from automatic field numbering to manual field specification [BadCallArguments]
    return "{} {0}".format(x, x)
