# CHECK:@+1:19-33: error: 'tuple[int, ...]' (a tuple of any length) is not supported yet: use list[...] or a tuple of fixed length [UnsupportedAnnotation]
def any_length(t: tuple[int, ...]) -> int:
    return 0
