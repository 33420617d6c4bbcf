"""Misuse of exceptions: except and raise of what is not a builtin exception class, except*,
a bare raise outside an except clause, a caught exception used as another type."""
import math


class MyError(Exception):
    pass


def helper(x: int) -> int:
    return x


def handlers(x: int) -> int:
    try:
        x = 1
    except MyError:
        pass
    except (ValueError, helper):
        pass
    except math.pi:
        pass
    except ():
        pass
    return x


def bare_not_last(x: int) -> int:
    try:
        x = 1
    except:
        x = 2
    except ValueError:
        x = 3
    return x


def raising(x: int) -> int:
    if x == 1:
        raise MyError("mine")
    if x == 2:
        raise helper
    if x == 3:
        raise math.pi
    if x == 4:
        raise ValueError("a", "b")
    if x == 5:
        raise ValueError(x)
    if x == 6:
        raise ValueError("a") from x
    raise


def exception_values(x: int) -> int:
    e = 1
    try:
        x = 2
    except ValueError as e:
        pass
    try:
        x = 3
    except KeyError as err:
        return err + 1
    return x


def groups(x: int) -> int:
    try:
        x = 1
    except* ValueError:
        pass
    return x


def generator(n: int):
    try:
        yield n
    except ValueError:
        yield -1

# CHECK:EXIT: 1
# CHECK:STDERR: exceptions.py:6:1: error: class definitions are not supported [UnsupportedClass]
# CHECK:STDERR:     class MyError(Exception):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: exceptions.py:17:12: error: 'MyError' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
# CHECK:STDERR:         except MyError:
# CHECK:STDERR:                ^~~~~~~
# CHECK:STDERR: exceptions.py:19:25: error: 'helper' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
# CHECK:STDERR:         except (ValueError, helper):
# CHECK:STDERR:                             ^~~~~~
# CHECK:STDERR: exceptions.py:21:12: error: 'except' takes a builtin exception class such as ValueError, or a tuple of them [NotAnException]
# CHECK:STDERR:         except math.pi:
# CHECK:STDERR:                ^~~~~~~
# CHECK:STDERR: exceptions.py:23:12: error: an empty tuple of exceptions catches nothing: name a class [NotAnException]
# CHECK:STDERR:         except ():
# CHECK:STDERR:                ^~
# CHECK:STDERR: exceptions.py:31:5: error: default 'except:' must be last [SyntaxError]
# CHECK:STDERR:         except:
# CHECK:STDERR:         ^~~~~~~
# CHECK:STDERR: exceptions.py:40:15: error: 'MyError' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
# CHECK:STDERR:             raise MyError("mine")
# CHECK:STDERR:                   ^~~~~~~~~~~~~~~
# CHECK:STDERR: exceptions.py:42:15: error: 'helper' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
# CHECK:STDERR:             raise helper
# CHECK:STDERR:                   ^~~~~~
# CHECK:STDERR: exceptions.py:44:15: error: only builtin exceptions can be raised: a class such as ValueError("message"), or a caught exception ('except ... as e': 'raise e'), not a 'float' [NotAnException]
# CHECK:STDERR:             raise math.pi
# CHECK:STDERR:                   ^~~~~~~
# CHECK:STDERR: exceptions.py:50:36: error: the cause of 'raise ... from' must be a caught exception ('except ... as e': 'from e') or None [NotAnException]
# CHECK:STDERR:             raise ValueError("a") from x
# CHECK:STDERR:                                        ^
# CHECK:STDERR: exceptions.py:51:5: error: a bare 'raise' re-raises the exception being handled: use it inside an 'except' clause, or raise an exception such as ValueError("message") [UnsupportedStatement]
# CHECK:STDERR:         raise
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: exceptions.py:58:5: error: 'e' is bound to a caught exception here but has type 'int' elsewhere: a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:         except ValueError as e:
# CHECK:STDERR:         ^~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: exceptions.py:55:5: note: 'e' first gets type 'int' here
# CHECK:STDERR:         e = 1
# CHECK:STDERR:         ^
# CHECK:STDERR: exceptions.py:63:16: error: cannot add 'BaseException' and 'int' [TypeMismatch]
# CHECK:STDERR:             return err + 1
# CHECK:STDERR:                    ^~~~~~~
# CHECK:STDERR: exceptions.py:68:5: error: 'except*' (exception groups) is not supported: use 'except' with a class or a tuple of classes [UnsupportedStatement]
# CHECK:STDERR:         try:
# CHECK:STDERR:         ^~~~
# CHECK:STDERR: exceptions.py:79:9: error: 'yield' inside an 'except' clause is not supported yet: keep what to yield in a variable and yield it after the try statement [UnsupportedStatement]
# CHECK:STDERR:             yield -1
# CHECK:STDERR:             ^~~~~~~~
