"""A method that pycxx does not know on an int."""


def f(n: int) -> int:
    # CHECK:@+1:12-26: error: 'int' has no method 'conjugate_not' that pycxx supports [UnknownAttribute]
    return n.conjugate_not()
