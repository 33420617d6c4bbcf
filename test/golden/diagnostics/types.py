"""Type errors name both types and point at the expression; a variable assigned two types
shows both assignments."""


def reassigned(n: int) -> int:
    total = 0
    total = 0.5
    return n


def augmented(n: int) -> int:
    n /= 2
    return n


def operands(n: int) -> float:
    t = (n, n)
    return t + 1.5


def branches(n: int) -> int:
    x = n if n > 0 else 0.5
    y = n or 1.5
    return n


def unpacking(n: int) -> int:
    a, b, c = (n, n)
    return a


def returns_two_types(n: int):
    if n:
        return 1
    return 2.5


def annotated_return(n: int) -> int:
    return n / 2


def falls_off_end(n: int) -> int:
    if n:
        return 1


def complex_order(z: complex) -> bool:
    return z < z


def bad_annotation(x: list[int], y: "float64[:]") -> int:
    return 0


def bad_default(x: int = 1.5) -> int:
    return x


def big_literal() -> int:
    return 123456789012345678901234567890


def membership(n: int) -> bool:
    return n in (1, 2)


def identity(n: int) -> bool:
    return n is 1



def int_power(base: int, exponent: int) -> int:
    squares = 0
    for k in range(1, 10):
        squares += base ** k + 2 ** len("ab")
    return squares + base ** exponent



def no_form(a: int | None) -> int:
    return a[0]



def any_length(t: tuple[int, ...]) -> int:
    return 0

# CHECK:EXIT: 1
# CHECK:STDERR: types.py:85:19: error: 'tuple[int, ...]' (a tuple of any length) is not supported yet: use list[...] or a tuple of fixed length [UnsupportedAnnotation]
# CHECK:STDERR:     def any_length(t: tuple[int, ...]) -> int:
# CHECK:STDERR:                       ^~~~~~~~~~~~~~~
# CHECK:STDERR: types.py:55:26: error: the default of parameter 'x' is a 'float' but its annotation says 'int' [TypeMismatch]
# CHECK:STDERR:     def bad_default(x: int = 1.5) -> int:
# CHECK:STDERR:                              ^~~
# CHECK:STDERR: types.py:7:5: error: 'total' is assigned a 'float' here but has type 'int' elsewhere: a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:         total = 0.5
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: types.py:6:5: note: 'total' first gets type 'int' here
# CHECK:STDERR:         total = 0
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: types.py:12:5: error: 'n /= ...' gives a 'float' but 'n' has type 'int': a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:         n /= 2
# CHECK:STDERR:         ^~~~~~
# CHECK:STDERR: types.py:18:12: error: cannot add 'tuple[int, int]' and 'float' [TypeMismatch]
# CHECK:STDERR:         return t + 1.5
# CHECK:STDERR:                ^~~~~~~
# CHECK:STDERR: types.py:22:25: error: the branches of this conditional expression have different types 'int' and 'float': convert them to one type [TypeMismatch]
# CHECK:STDERR:         x = n if n > 0 else 0.5
# CHECK:STDERR:                             ^~~
# CHECK:STDERR: types.py:22:9: note: this branch is a 'int'
# CHECK:STDERR:         x = n if n > 0 else 0.5
# CHECK:STDERR:             ^
# CHECK:STDERR: types.py:23:14: error: the operands of 'or' have different types 'int' and 'float': its result would have either type; convert them to one type [TypeMismatch]
# CHECK:STDERR:         y = n or 1.5
# CHECK:STDERR:                  ^~~
# CHECK:STDERR: types.py:23:9: note: this operand is a 'int'
# CHECK:STDERR:         y = n or 1.5
# CHECK:STDERR:             ^
# CHECK:STDERR: types.py:28:5: error: cannot unpack a value of type 'tuple[int, int]' into 3 targets [TypeMismatch]
# CHECK:STDERR:         a, b, c = (n, n)
# CHECK:STDERR:         ^~~~~~~
# CHECK:STDERR: types.py:35:5: error: function 'returns_two_types' returns 'float' here but 'int' elsewhere: a compiled function returns one type [ReturnTypeMismatch]
# CHECK:STDERR:         return 2.5
# CHECK:STDERR:         ^~~~~~~~~~
# CHECK:STDERR: types.py:34:9: note: returns 'int' here
# CHECK:STDERR:             return 1
# CHECK:STDERR:             ^~~~~~~~
# CHECK:STDERR: types.py:39:12: error: function 'annotated_return' returns a 'float' but its annotation says 'int' [ReturnTypeMismatch]
# CHECK:STDERR:         return n / 2
# CHECK:STDERR:                ^~~~~
# CHECK:STDERR: types.py:42:1: error: function 'falls_off_end' can reach its end without a return statement (returning None), but its annotation says 'int' [ReturnTypeMismatch]
# CHECK:STDERR:     def falls_off_end(n: int) -> int:
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: types.py:48:12: error: '<' is not supported between 'complex' and 'complex' [TypeMismatch]
# CHECK:STDERR:         return z < z
# CHECK:STDERR:                ^~~~~
# CHECK:STDERR: types.py:60:12: error: integer literal 123456789012345678901234567890 does not fit in 64 bits: pycxx's int is a 64-bit integer [UnsupportedExpression]
# CHECK:STDERR:         return 123456789012345678901234567890
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: types.py:68:12: error: 'is' compares identity; compiled values have none except None: use == or != [UnsupportedOperation]
# CHECK:STDERR:         return n is 1
# CHECK:STDERR:                ^~~~~~
# CHECK:STDERR: types.py:76:30: error: the exponent of an int ** int may be negative, where Python gives a float: write float(base) ** exponent for a float, or make the exponent visibly non-negative (a constant, len(...), abs(...), a range(...) index) [UnsupportedOperation]
# CHECK:STDERR:         return squares + base ** exponent
# CHECK:STDERR:                                  ^~~~~~~~
# CHECK:STDERR: types.py:81:12: error: 'int' object is not subscriptable [TypeMismatch]
# CHECK:STDERR:         return a[0]
# CHECK:STDERR:                ^~~~
