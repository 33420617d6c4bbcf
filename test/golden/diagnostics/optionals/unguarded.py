def unguarded(xs: list[int]) -> int:
    best = None
    for x in xs:
        best = x
    # CHECK:@+1:12-15: error: 'best' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if best is not None:' (or return early when it is None) before this use [PossiblyNone]
    return best + 1
