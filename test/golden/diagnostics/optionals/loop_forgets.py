def loop_forgets(xs: list[int]) -> int:
    last = None
    total = 0
    if last is None:
        last = 0
    for x in xs:
        # CHECK:@+1:18-21: error: 'last' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if last is not None:' (or return early when it is None) before this use [PossiblyNone]
        total += last
        last = x if x > 0 else None
    return total
