COUNT = 3


def global_assigned(n: int) -> int:
    # CHECK:@+1:5-16: error: 'global COUNT' with an assignment: module-level names are constants in compiled code; return the new value instead [UnsupportedStatement]
    global COUNT
    COUNT = n
    return COUNT
