"""Lambdas in variables, builtins as values: what stays unsupported."""


def apply(g, v: int) -> int:
    return g(v)


def closure_passed_on(k: int) -> int:
    add = lambda a: a + k
    return apply(add, 1)


def lambda_in_block(n: int) -> int:
    if n > 0:
        f = lambda x: x + 1
        return f(n)
    return 0


def builtin_stored(xs: list[str]) -> int:
    f = len
    return f(xs)


def lambda_default(n: int) -> int:
    f = lambda x, y=2: x + y
    return f(n)



COUNT = 3


def nonlocal_wrong_type(n: int) -> int:
    total = 0
    def inner() -> None:
        nonlocal total
        total = "x"
    inner()
    return total


def global_assigned(n: int) -> int:
    global COUNT
    COUNT = n
    return COUNT


def global_unknown(n: int) -> int:
    global nothing
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: function_values.py:4:1: warning: public function 'apply' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
# CHECK:STDERR:     def apply(g, v: int) -> int:
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: function_values.py:5:12: error: 'g' is a nested function (or a lambda stored in a variable) of 'closure_passed_on', called here from another function: compiled closures are called in the function that defines them or passed to library functions (sorted(xs, key=f)) [UnsupportedExpression]
# CHECK:STDERR:         return g(v)
# CHECK:STDERR:                ^~~~
# CHECK:STDERR: function_values.py:15:9: error: a lambda stored in a variable must be assigned at the top level of the function's body, not inside a block [UnsupportedStatement]
# CHECK:STDERR:             f = lambda x: x + 1
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: function_values.py:21:9: error: 'len' is a builtin function: as a value it is supported as an argument of a library call taking a function (sorted(xs, key=len)); elsewhere write a lambda (lambda v: len(v)) [UnsupportedExpression]
# CHECK:STDERR:         f = len
# CHECK:STDERR:             ^~~
# CHECK:STDERR: function_values.py:26:9: error: the lambda stored in 'f' may only have plain parameters without defaults, and no decorators [UnsupportedStatement]
# CHECK:STDERR:         f = lambda x, y=2: x + y
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: function_values.py:38:9: error: nonlocal 'total' is assigned a 'str' here but has type 'int' in the enclosing function: a variable keeps one type [IncompatibleAssignment]
# CHECK:STDERR:             total = "x"
# CHECK:STDERR:             ^~~~~
# CHECK:STDERR: function_values.py:35:5: note: 'total' first gets type 'int' here
# CHECK:STDERR:         total = 0
# CHECK:STDERR:         ^~~~~
# CHECK:STDERR: function_values.py:44:5: error: 'global COUNT' with an assignment: module-level names are constants in compiled code; return the new value instead [UnsupportedStatement]
# CHECK:STDERR:         global COUNT
# CHECK:STDERR:         ^~~~~~~~~~~~
# CHECK:STDERR: function_values.py:50:5: error: 'global nothing': only module-level constants can be named global in compiled code, and only read [UnsupportedStatement]
# CHECK:STDERR:         global nothing
# CHECK:STDERR:         ^~~~~~~~~~~~~~
