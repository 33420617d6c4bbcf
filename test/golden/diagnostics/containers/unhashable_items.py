"""Set items and dict keys must be hashable: CPython raises TypeError at run time."""


def set_of_lists(a: int) -> int:
    # CHECK:@+1:10-12: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
    s = {[a]}
    return len(s)


def dict_of_lists(a: int) -> int:
    # CHECK:@+1:10-12: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
    d = {[a]: 1}
    return len(d)


def set_comprehension(n: int) -> int:
    # CHECK:@+1:10-12: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
    s = {[i] for i in range(n)}
    return len(s)
