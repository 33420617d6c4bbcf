"""CPython's compile-time SyntaxError: __debug__ is a constant."""
# CHECK:@+1:1-9: error: cannot assign to __debug__ [SyntaxError]
__debug__ = 1
