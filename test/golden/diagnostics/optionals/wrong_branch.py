def wrong_branch(n: int) -> int:
    v = None if n < 0 else n
    if v is None:
        # CHECK:@+1:16: error: 'v' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if v is not None:' (or return early when it is None) before this use [PossiblyNone]
        return v + 1
    return v
