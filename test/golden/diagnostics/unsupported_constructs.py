"""Constructs outside the compiled subset: each gets a diagnostic naming it, all in one run."""
import math


class Point:
    pass


def closures(x: int) -> int:
    if x:
        def inner(y):
            return y
    square = lambda q: q * q
    return x


def statements(x: int) -> int:
    global LIMIT
    try:
        x = 1
    except* ValueError:
        pass
    with x:
        pass
    del x
    match x:
        case 1:
            pass
    return x


def expressions(x: int) -> int:
    a = [1, 2]
    b = {1: 2}
    c = [i for i in range(x)]
    d = f"{x!a}"
    e = (y := 3)
    f = "text"
    return x


def loops(x: int) -> int:
    for i in (1, 2):
        pass
    for i, j in range(3):
        pass
    return x


def raising(x: int) -> int:
    if x:
        raise math.pi
    raise ValueError("a", "b") from None


def generator(x: int) -> int:
    yield x


for i in range(3):
    pass
print("module-level code")



def _pairs(n: int):
    yield n
    yield n, n


def keeps_iterator(n: int) -> int:
    it = zip([n], [n])
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: unsupported_constructs.py:5:1: error: class definitions are not supported [UnsupportedClass]
# CHECK:STDERR:     class Point:
# CHECK:STDERR:     ^~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:60:1: error: module-level 'for' statements are not compiled: move this code into a function [UnsupportedStatement]
# CHECK:STDERR:     for i in range(3):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:62:1: error: module-level expressions are not compiled: move this code into a function [UnsupportedStatement]
# CHECK:STDERR:     print("module-level code")
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:11:9: error: a nested function must be defined at the top level of the enclosing function's body, not inside a block [UnsupportedStatement]
# CHECK:STDERR:             def inner(y):
# CHECK:STDERR:             ^~~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:18:5: error: 'global LIMIT': only module-level constants can be named global in compiled code, and only read [UnsupportedStatement]
# CHECK:STDERR:         global LIMIT
# CHECK:STDERR:         ^~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:19:5: error: 'except*' (exception groups) is not supported: use 'except' with a class or a tuple of classes [UnsupportedStatement]
# CHECK:STDERR:         try:
# CHECK:STDERR:         ^~~~
# CHECK:STDERR: unsupported_constructs.py:23:5: error: with statements are not supported [UnsupportedStatement]
# CHECK:STDERR:         with x:
# CHECK:STDERR:         ^~~~~~~
# CHECK:STDERR: unsupported_constructs.py:25:5: error: del statements are not supported [UnsupportedStatement]
# CHECK:STDERR:         del x
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: unsupported_constructs.py:26:5: error: match statements are not supported yet: use if/elif [UnsupportedStatement]
# CHECK:STDERR:         match x:
# CHECK:STDERR:         ^~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:36:9: error: the !a conversion is not supported: use !r [UnsupportedExpression]
# CHECK:STDERR:         d = f"{x!a}"
# CHECK:STDERR:             ^~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:37:10: error: assignment expressions (:=) are not supported yet [UnsupportedExpression]
# CHECK:STDERR:         e = (y := 3)
# CHECK:STDERR:              ^~~~~~
# CHECK:STDERR: unsupported_constructs.py:45:9: error: cannot unpack a value of type 'int' into 2 targets [TypeMismatch]
# CHECK:STDERR:         for i, j in range(3):
# CHECK:STDERR:             ^~~~
# CHECK:STDERR: unsupported_constructs.py:52:15: error: only builtin exceptions can be raised: a class such as ValueError("message"), or a caught exception ('except ... as e': 'raise e'), not a 'float' [NotAnException]
# CHECK:STDERR:             raise math.pi
# CHECK:STDERR:                   ^~~~~~~
# CHECK:STDERR: unsupported_constructs.py:56:1: error: generator 'generator' is annotated 'int': annotate it Iterator[T] (collections.abc or typing) [ReturnTypeMismatch]
# CHECK:STDERR:     def generator(x: int) -> int:
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: unsupported_constructs.py:72:5: error: 'it' would hold a 'Iterator[tuple[int, int]]': iterators (generators, zip, d.items()) are used where they are made in compiled code; iterate over it directly, or store list(...) [UnsupportedStatement]
# CHECK:STDERR:         it = zip([n], [n])
# CHECK:STDERR:         ^~
# CHECK:STDERR: unsupported_constructs.py:68:11: error: generator '_pairs' yields a 'tuple[int, int]' here but a 'int' elsewhere: a compiled generator yields one type [TypeMismatch]
# CHECK:STDERR:         yield n, n
# CHECK:STDERR:               ^~~~
# CHECK:STDERR: unsupported_constructs.py:67:11: note: yields a 'int' here
# CHECK:STDERR:         yield n
# CHECK:STDERR:               ^
