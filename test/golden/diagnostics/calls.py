"""Calls that cannot take their arguments name the call and the argument."""
import math
from math import sqrt


def target(a: int, b: float = 1.0) -> float:
    return a * b


def wrong_calls(n: int) -> float:
    x = target()
    y = target(1, 2.0, 3)
    z = target(1, c=2)
    w = target(1, a=2)
    v = target(1.5)
    u = sqrt(1.0, 2.0)
    t = math.nosuch(1.0)
    s = math.tau()
    r = n(3)
    q = undefined(3)
    p = target(*(1, 2))
    o = ValueError("message")
    m = n.conjugate_not()
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: calls.py:11:9: error: target() missing required argument 'a' [BadCallArguments]
# CHECK:STDERR:         x = target()
# CHECK:STDERR:             ^~~~~~~~
# CHECK:STDERR: calls.py:12:9: error: target() takes 2 arguments but 3 were given [BadCallArguments]
# CHECK:STDERR:         y = target(1, 2.0, 3)
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~~
# CHECK:STDERR: calls.py:13:19: error: target() got an unexpected keyword argument 'c' [BadCallArguments]
# CHECK:STDERR:         z = target(1, c=2)
# CHECK:STDERR:                       ^~~
# CHECK:STDERR: calls.py:14:19: error: target() got multiple values for argument 'a' [BadCallArguments]
# CHECK:STDERR:         w = target(1, a=2)
# CHECK:STDERR:                       ^~~
# CHECK:STDERR: calls.py:15:16: error: argument 'a' of target() must be 'int', not 'float' [BadCallArguments]
# CHECK:STDERR:         v = target(1.5)
# CHECK:STDERR:                    ^~~
# CHECK:STDERR: calls.py:16:9: error: no form of sqrt() takes arguments (float, float); the supported forms are: [BadCallArguments]
# CHECK:STDERR:     sqrt(x: float, /) -> float
# CHECK:STDERR:         u = sqrt(1.0, 2.0)
# CHECK:STDERR:             ^~~~~~~~~~~~~~
# CHECK:STDERR: calls.py:17:9: error: module 'math' has no function 'nosuch' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         t = math.nosuch(1.0)
# CHECK:STDERR:             ^~~~~~~~~~~
# CHECK:STDERR: calls.py:18:9: error: 'math.tau' is a constant and cannot be called [NotCallable]
# CHECK:STDERR:         s = math.tau()
# CHECK:STDERR:             ^~~~~~~~
# CHECK:STDERR: calls.py:19:9: error: 'n' has type 'int' and cannot be called [NotCallable]
# CHECK:STDERR:         r = n(3)
# CHECK:STDERR:             ^
# CHECK:STDERR: calls.py:20:9: error: name 'undefined' is not defined (or not a function pycxx supports) [UndefinedName]
# CHECK:STDERR:         q = undefined(3)
# CHECK:STDERR:             ^~~~~~~~~
# CHECK:STDERR: calls.py:21:16: error: *args in calls are not supported yet [UnsupportedCall]
# CHECK:STDERR:         p = target(*(1, 2))
# CHECK:STDERR:                    ^~~~~~~
# CHECK:STDERR: calls.py:22:9: error: exception objects are only supported directly in a raise statement [UnsupportedExpression]
# CHECK:STDERR:         o = ValueError("message")
# CHECK:STDERR:             ^~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: calls.py:23:9: error: 'int' has no method 'conjugate_not' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         m = n.conjugate_not()
# CHECK:STDERR:             ^~~~~~~~~~~~~~~
