def get_used(d: dict[str, int], k: str) -> int:
    # CHECK:@+1:12-19: error: this value may be None (it has type 'int | None'), where a value of type 'int' is needed: assign it to a variable and test 'is not None' before this use [PossiblyNone]
    return d.get(k) * 2
