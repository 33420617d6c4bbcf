"""from ... import *."""
# CHECK:@+1:18: error: 'from math import *' is not supported: import the names you use [UnsupportedImport]
from math import *
