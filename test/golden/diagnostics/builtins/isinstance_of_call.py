def isinstance_of_call(xs: list[int]) -> bool:
    # CHECK:@+1:23-29: error: isinstance() is decided from the static type here: pass a variable (assign the expression first) [UnsupportedCall]
    return isinstance(len(xs), int)
