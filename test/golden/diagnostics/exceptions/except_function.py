"""except of a function in a tuple of exception classes."""


def helper(x: int) -> int:
    return x


def handlers(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:25-30: error: 'helper' is not a builtin exception class compiled code can catch: 'except' takes one such as ValueError or Exception (docs/semantics.md lists them), or a tuple of them [NotAnException]
    except (ValueError, helper):
        pass
    return x
