def f(x: int) -> int:
    s = "\N{NO SUCH CHARACTER NAME}"
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: invalid_escape.py:2:37: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name [InvalidEscape]
# CHECK:STDERR:         s = "\N{NO SUCH CHARACTER NAME}"
# CHECK:STDERR:                                         ^
