def _items(n: int):
    yield from range(n)


def value_of_yield_from(n: int) -> int:
    def inner():
        # CHECK:@+1:13-32: error: 'yield from' is supported as a statement of its own; its value (the generator's return value) is not [UnsupportedExpression]
        x = yield from _items(n)
        yield x
    return sum(inner())
