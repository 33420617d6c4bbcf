"""from math import of a name math does not have."""
# CHECK:@+1:32-37: error: 'nosuch' is not a supported member of module 'math' [UnsupportedImport]
from math import sqrt as root, nosuch
