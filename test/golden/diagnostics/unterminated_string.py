def f(x: int) -> int:
    s = "abc
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: unterminated_string.py:2:9: error: unterminated string literal (detected at line 2) [UnterminatedString]
# CHECK:STDERR:         s = "abc
# CHECK:STDERR:             ^
