"""An error in a generator: its caller gets no second error, though the item type is unknown."""


def _broken(n: int):
    for i in range(n):
        # CHECK:@+1:15-28: error: name 'undefined_name' is not defined (or not a function pycxx supports) [UndefinedName]
        yield undefined_name(i)


def uses_broken(n: int) -> int:
    total = 0
    for x in _broken(n):
        total += x
    return total
