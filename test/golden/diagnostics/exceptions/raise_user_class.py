"""raise of a class defined in the module."""


# CHECK:@+1:1-25: error: class definitions are not supported [UnsupportedClass]
class MyError(Exception):
    pass


def raising(x: int) -> int:
    # CHECK:@+1:11-25: error: 'MyError' is not a builtin exception class: raise a builtin exception such as ValueError("message") [NotAnException]
    raise MyError("mine")
