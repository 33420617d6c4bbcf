import math


# CHECK:@+1:1-25: error: class definitions are not supported [UnsupportedClass]
class MyError(Exception):
    pass


def helper(x: int) -> int:
    return x


def handlers(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:12-18: error: 'MyError' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
    except MyError:
        pass
    # CHECK:@+1:25-30: error: 'helper' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
    except (ValueError, helper):
        pass
    # CHECK:@+1:12-18: error: 'except' takes a builtin exception class such as ValueError, or a tuple of them [NotAnException]
    except math.pi:
        pass
    # CHECK:@+1:12-13: error: an empty tuple of exceptions catches nothing: name a class [NotAnException]
    except ():
        pass
    return x
