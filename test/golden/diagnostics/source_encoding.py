# -*- coding: no-such-codec -*-
def f(x: int) -> int:
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: source_encoding.py: error: source encoding 'no-such-codec' is not supported (use UTF-8 or Latin-1) [SourceEncoding]
