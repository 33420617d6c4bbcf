def f(x: int) -> int:
    # CHECK:@+1:37: error: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name [InvalidEscape]
    s = "\N{NO SUCH CHARACTER NAME}"
    return x
