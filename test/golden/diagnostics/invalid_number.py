def f(x: int) -> int:
    return x + 0b102

# CHECK:EXIT: 1
# CHECK:STDERR: invalid_number.py:2:20: error: invalid digit '2' in binary literal [InvalidNumber]
# CHECK:STDERR:         return x + 0b102
# CHECK:STDERR:                        ^
