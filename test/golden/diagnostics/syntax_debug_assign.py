"""CPython's compile-time SyntaxError: __debug__ is a constant."""
__debug__ = 1

# CHECK:EXIT: 1
# CHECK:STDERR: syntax_debug_assign.py:2:1: error: cannot assign to __debug__ [SyntaxError]
# CHECK:STDERR:     __debug__ = 1
# CHECK:STDERR:     ^~~~~~~~~
