def f(x: int) -> int:
        y = 1
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: invalid_indentation.py:3:13: error: unindent does not match any outer indentation level [InvalidIndentation]
# CHECK:STDERR:         return x
# CHECK:STDERR:                 ^
