def unknown_method(xs: list[int]) -> None:
    # CHECK:@+1:5-11: error: 'list' has no method 'push' that pycxx supports [UnknownAttribute]
    xs.push(1)
