"""An iterator (here zip) stored in a variable instead of iterated where it is made."""


def keeps_iterator(n: int) -> int:
    # CHECK:@+1:5-6: error: 'it' would hold a 'Iterator[tuple[int, int]]': iterators (generators, zip, d.items()) are used where they are made in compiled code; iterate over it directly, or store list(...) [UnsupportedStatement]
    it = zip([n], [n])
    return n
