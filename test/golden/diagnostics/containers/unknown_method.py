def unknown_method(xs: list[int]) -> None:
    # CHECK:@+1:5-17: error: 'list' has no method 'frobnicate' that pycxx supports [UnknownAttribute]
    xs.frobnicate()
