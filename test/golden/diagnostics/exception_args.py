# Exception arguments compiled code does not support: keywords, containers, e.args.


def keyword_argument(n: int) -> int:
    raise ValueError("bad", code=n)


def list_argument(n: int) -> int:
    raise ValueError("bad", [n])


def reads_args(n: int) -> int:
    try:
        raise ValueError("bad", n)
    except ValueError as e:
        return len(e.args)

# CHECK:EXIT: 1
# CHECK:STDERR: exception_args.py:5:11: error: an exception raised by compiled code takes positional arguments only, as 'ValueError("message", value)' [UnsupportedStatement]
# CHECK:STDERR:         raise ValueError("bad", code=n)
# CHECK:STDERR:               ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: exception_args.py:9:29: error: an argument of 'ValueError(...)' must be a str, a number, a bool or None, not a 'list[int]': convert it with str(...) [UnsupportedStatement]
# CHECK:STDERR:         raise ValueError("bad", [n])
# CHECK:STDERR:                                 ^~~
# CHECK:STDERR: exception_args.py:16:20: error: 'BaseException' has no attribute 'args' [UnknownAttribute]
# CHECK:STDERR:             return len(e.args)
# CHECK:STDERR:                        ^~~~~~
