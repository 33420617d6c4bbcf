"""Imports, names and attributes."""
import os
import math
from math import sqrt as root, nosuch
from .sibling import thing
from math import *


def uses(x: float) -> float:
    a = undefined_name
    b = math.nosuch
    c = x.shape
    d = root
    e = math.sqrt
    return x

# CHECK:EXIT: 1
# CHECK:STDERR: names.py:2:8: error: module 'os' is not supported: pycxx compiles imports of math and numpy [UnsupportedImport]
# CHECK:STDERR:     import os
# CHECK:STDERR:            ^~
# CHECK:STDERR: names.py:4:32: error: 'nosuch' is not a supported member of module 'math' [UnsupportedImport]
# CHECK:STDERR:     from math import sqrt as root, nosuch
# CHECK:STDERR:                                    ^~~~~~
# CHECK:STDERR: names.py:5:1: error: module '.sibling' is not supported: pycxx compiles imports of math and numpy [UnsupportedImport]
# CHECK:STDERR:     from .sibling import thing
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: names.py:6:18: error: 'from math import *' is not supported: import the names you use [UnsupportedImport]
# CHECK:STDERR:     from math import *
# CHECK:STDERR:                      ^
# CHECK:STDERR: names.py:10:9: error: name 'undefined_name' is not defined [UndefinedName]
# CHECK:STDERR:         a = undefined_name
# CHECK:STDERR:             ^~~~~~~~~~~~~~
# CHECK:STDERR: names.py:11:9: error: module 'math' has no attribute 'nosuch' that pycxx supports [UnknownAttribute]
# CHECK:STDERR:         b = math.nosuch
# CHECK:STDERR:             ^~~~~~~~~~~
# CHECK:STDERR: names.py:12:9: error: 'float' has no attribute 'shape' [UnknownAttribute]
# CHECK:STDERR:         c = x.shape
# CHECK:STDERR:             ^~~~~~~
# CHECK:STDERR: names.py:13:9: error: 'root' is a function: functions as values are not supported yet; call it [UnsupportedExpression]
# CHECK:STDERR:         d = root
# CHECK:STDERR:             ^~~~
# CHECK:STDERR: names.py:14:9: error: 'math.sqrt' is a function: functions as values are not supported yet; call it [UnsupportedExpression]
# CHECK:STDERR:         e = math.sqrt
# CHECK:STDERR:             ^~~~~~~~~
