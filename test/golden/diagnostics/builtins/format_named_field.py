"""str.format() with a named field."""


def format_bad(x: int) -> str:
    # CHECK:@+1:12-29: error: str.format(): format fields other than {} and {0} (names, attributes, items) are not supported: use an f-string [BadCallArguments]
    return "{name}".format(x)
