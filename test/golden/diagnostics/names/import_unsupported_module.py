"""import of a module other than math and numpy."""
# CHECK:@+1:8-9: error: module 'os' is not supported: pycxx compiles imports of math and numpy [UnsupportedImport]
import os
