import heapq
import numpy as np


def format_bad(x: int) -> str:
    # CHECK:@+1:12-32: error: str.format(): cannot switch from automatic field numbering to manual field specification [BadCallArguments]
    # CHECK:@+1:36-53: error: str.format(): format fields other than {} and {0} (names, attributes, items) are not supported: use an f-string [BadCallArguments]
    # CHECK:@+1:57-73: error: str.format(): Replacement index 1 out of range for positional args tuple [BadCallArguments]
    return "{} {0}".format(x, x) + "{name}".format(x) + "{} {}".format(x)
