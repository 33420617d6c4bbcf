"""A function definition with no body before the end of the file."""


def f(x: int) -> int:
# CHECK:@+1:1: error: expected an indented block after function definition on line 4 [InvalidIndentation]
