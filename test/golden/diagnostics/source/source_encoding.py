# -*- coding: no-such-codec -*-
def f(x: int) -> int:
    return x

# CHECK: error: source encoding 'no-such-codec' is not supported (use UTF-8 or Latin-1) [SourceEncoding]
