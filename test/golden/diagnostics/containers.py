"""Misuse of str, list, dict and set: each diagnostic names the types involved and says
what to write instead."""


def empty_without_type() -> int:
    items = []
    return 0


def mixed_items() -> int:
    items = [1, "two"]
    return 0


def bad_index(xs: list[int], s: str) -> int:
    return xs["a"] + len(s[1.5])


def bad_key(d: dict[str, int]) -> int:
    return d[1]


def bad_membership(xs: list[int]) -> bool:
    return "a" in xs


def str_store(s: str) -> str:
    s[0] = "x"
    return s


def store_type(xs: list[int]) -> None:
    xs[0] = "x"


def unknown_method(xs: list[int]) -> None:
    xs.frobnicate()


def not_iterable(n: int) -> int:
    total = 0
    for x in n:
        total += x
    return total


def concat(xs: list[int], ys: list[float]) -> list[int]:
    return xs + ys


def lambda_arity(xs: list[int]) -> list[int]:
    return sorted(xs, key=lambda a, b: a)


def lambda_value() -> int:
    fs = [lambda x: x]
    return 0


def comprehension_over_int(n: int) -> list[int]:
    return [x for x in n]


def no_empty_dict() -> int:
    d = dict()
    return len(d)

# CHECK:EXIT: 1
# CHECK:STDERR: containers.py:6:13: error: cannot tell the item type of an empty list: annotate the variable, as in 'x: list[int] = []' [TypeMismatch]
# CHECK:STDERR:         items = []
# CHECK:STDERR:                 ^~
# CHECK:STDERR: containers.py:11:17: error: the items of this list have different types 'int' and 'str': a list holds one type [TypeMismatch]
# CHECK:STDERR:         items = [1, "two"]
# CHECK:STDERR:                     ^~~~~
# CHECK:STDERR: containers.py:11:14: note: this item is a 'int'
# CHECK:STDERR:         items = [1, "two"]
# CHECK:STDERR:                  ^
# CHECK:STDERR: containers.py:16:15: error: list indices must be integers or slices, not 'str' [TypeMismatch]
# CHECK:STDERR:         return xs["a"] + len(s[1.5])
# CHECK:STDERR:                   ^~~
# CHECK:STDERR: containers.py:16:28: error: string indices must be integers or slices, not 'float' [TypeMismatch]
# CHECK:STDERR:         return xs["a"] + len(s[1.5])
# CHECK:STDERR:                                ^~~
# CHECK:STDERR: containers.py:20:14: error: a 'int' key cannot index a 'dict[str, int]' [TypeMismatch]
# CHECK:STDERR:         return d[1]
# CHECK:STDERR:                  ^
# CHECK:STDERR: containers.py:24:12: error: 'in <list[int]>' requires a 'int' as left operand, not 'str' [TypeMismatch]
# CHECK:STDERR:         return "a" in xs
# CHECK:STDERR:                ^~~~~~~~~
# CHECK:STDERR: containers.py:28:5: error: 'str' object does not support item assignment [TypeMismatch]
# CHECK:STDERR:         s[0] = "x"
# CHECK:STDERR:         ^~~~
# CHECK:STDERR: containers.py:33:5: error: cannot store a 'str' in a 'list[int]' [TypeMismatch]
# CHECK:STDERR:         xs[0] = "x"
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: containers.py:37:5: error: 'list' has no method 'frobnicate' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         xs.frobnicate()
# CHECK:STDERR:         ^~~~~~~~~~~~~
# CHECK:STDERR: containers.py:42:14: error: 'int' object is not iterable [TypeMismatch]
# CHECK:STDERR:         for x in n:
# CHECK:STDERR:                  ^
# CHECK:STDERR: containers.py:48:12: error: cannot add 'list[int]' and 'list[float]' [TypeMismatch]
# CHECK:STDERR:         return xs + ys
# CHECK:STDERR:                ^~~~~~~
# CHECK:STDERR: containers.py:52:12: error: no form of sorted() takes arguments (list[int], key=function); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     sorted(iterable: Iterable[T], /, *, reverse: bool = False) -> list[T]
# CHECK:STDERR:     sorted(iterable: Iterable[T], /, *, key: Callable[[T], K], reverse: bool = False) -> list[T]
# CHECK:STDERR:         return sorted(xs, key=lambda a, b: a)
# CHECK:STDERR:                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: containers.py:56:11: error: a lambda is supported as an argument of a call (key=lambda x: ...) or assigned to a variable at the top level of a function (f = lambda x: ...), not as a value here [UnsupportedExpression]
# CHECK:STDERR:         fs = [lambda x: x]
# CHECK:STDERR:               ^~~~~~~~~~~
# CHECK:STDERR: containers.py:61:24: error: 'int' object is not iterable [TypeMismatch]
# CHECK:STDERR:         return [x for x in n]
# CHECK:STDERR:                            ^
# CHECK:STDERR: containers.py:65:9: error: cannot tell the item type of an empty dict(): annotate the variable, as in 'x: dict[str, int] = dict()' [TypeMismatch]
# CHECK:STDERR:         d = dict()
# CHECK:STDERR:             ^~~~~~
