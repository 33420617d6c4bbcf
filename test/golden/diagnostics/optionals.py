"""T | None values used where a value is needed, without a None test (PossiblyNone)."""


def unguarded(xs: list[int]) -> int:
    best = None
    for x in xs:
        best = x
    return best + 1


def loop_forgets(xs: list[int]) -> int:
    last = None
    total = 0
    if last is None:
        last = 0
    for x in xs:
        total += last
        last = x if x > 0 else None
    return total


def get_used(d: dict[str, int], k: str) -> int:
    return d.get(k) * 2


def wrong_branch(n: int) -> int:
    v = None if n < 0 else n
    if v is None:
        return v + 1
    return v


def mixed(n: int):
    v = None
    if n > 0:
        v = n
    else:
        v = "neg"
    return v

# CHECK:EXIT: 1
# CHECK:STDERR: optionals.py:8:12: error: 'best' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if best is not None:' (or return early when it is None) before this use [PossiblyNone]
# CHECK:STDERR:         return best + 1
# CHECK:STDERR:                ^~~~
# CHECK:STDERR: optionals.py:17:18: error: 'last' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if last is not None:' (or return early when it is None) before this use [PossiblyNone]
# CHECK:STDERR:             total += last
# CHECK:STDERR:                      ^~~~
# CHECK:STDERR: optionals.py:23:12: error: this value may be None (it has type 'int | None'), where a value of type 'int' is needed: assign it to a variable and test 'is not None' before this use [PossiblyNone]
# CHECK:STDERR:         return d.get(k) * 2
# CHECK:STDERR:                ^~~~~~~~
# CHECK:STDERR: optionals.py:29:16: error: 'v' may be None here (it has type 'int | None'), where a value of type 'int' is needed: test 'if v is not None:' (or return early when it is None) before this use [PossiblyNone]
# CHECK:STDERR:             return v + 1
# CHECK:STDERR:                    ^
# CHECK:STDERR: optionals.py:38:9: error: 'v' is assigned a 'str' here but has type 'int | None' elsewhere: a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:             v = "neg"
# CHECK:STDERR:             ^
# CHECK:STDERR: optionals.py:34:5: note: 'v' first gets type 'int | None' here
# CHECK:STDERR:         v = None
# CHECK:STDERR:         ^
