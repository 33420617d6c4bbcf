def nonlocal_unbound(n: int) -> int:
    def inner() -> None:
        # CHECK:@+1:9-24: error: no binding for nonlocal 'missing' found in an enclosing function [UndefinedName]
        nonlocal missing
        missing = 1
    inner()
    return n
