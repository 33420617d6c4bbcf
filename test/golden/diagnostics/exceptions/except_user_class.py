"""except of a class defined in the module: only builtin exception classes are caught."""


# CHECK:@+1:1-25: error: class definitions are not supported [UnsupportedClass]
class MyError(Exception):
    pass


def handlers(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:12-18: error: 'MyError' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
    except MyError:
        pass
    return x
