def f(x: int) -> int:
    return x € 2

# CHECK:EXIT: 1
# CHECK:STDERR: invalid_character.py:2:14: error: invalid character '€' (U+20AC) [InvalidCharacter]
# CHECK:STDERR:         return x € 2
# CHECK:STDERR:                  ^
