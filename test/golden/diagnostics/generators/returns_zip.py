def returns_zip(a: list[int]):
    # CHECK:@+1:12-20: error: returning an iterator other than a generator is not supported: return list(...) of it, or yield its items ('yield from ...') [UnsupportedStatement]
    return zip(a, a)
