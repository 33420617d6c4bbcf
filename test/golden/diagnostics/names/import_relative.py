"""A relative import."""
# CHECK:@+1:1-26: error: module '.sibling' is not supported: pycxx compiles imports of math and numpy [UnsupportedImport]
from .sibling import thing
