"""A str indexed by a float."""


def bad_index(s: str) -> int:
    # CHECK:@+1:18-20: error: string indices must be integers or slices, not 'float' [TypeMismatch]
    return len(s[1.5])
