"""A for loop unpacking the ints of a range into two targets."""


def loops(x: int) -> int:
    # CHECK:@+1:9-12: error: cannot unpack a value of type 'int' into 2 targets [TypeMismatch]
    for i, j in range(3):
        pass
    return x
