"""A class definition: compiled modules hold functions only."""


# CHECK:@+1:1-12: error: class definitions are not supported [UnsupportedClass]
class Point:
    pass
