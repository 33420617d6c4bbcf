"""Set items and dict keys must be hashable: CPython raises TypeError at run time."""


def set_of_lists(a: int) -> int:
    s = {[a]}
    return len(s)


def dict_of_lists(a: int) -> int:
    d = {[a]: 1}
    return len(d)


def set_comprehension(n: int) -> int:
    s = {[i] for i in range(n)}
    return len(s)

# CHECK:EXIT: 1
# CHECK:STDERR: unhashable_items.py:5:10: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
# CHECK:STDERR:         s = {[a]}
# CHECK:STDERR:              ^~~
# CHECK:STDERR: unhashable_items.py:10:10: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
# CHECK:STDERR:         d = {[a]: 1}
# CHECK:STDERR:              ^~~
# CHECK:STDERR: unhashable_items.py:15:10: error: unhashable type: 'list': set items and dict keys must be hashable (a tuple, not a list) [TypeMismatch]
# CHECK:STDERR:         s = {[i] for i in range(n)}
# CHECK:STDERR:              ^~~
