def reads_args(n: int) -> int:
    try:
        raise ValueError("bad", n)
    except ValueError as e:
        # CHECK:@+1:20-25: error: 'BaseException' has no attribute 'args' [UnknownAttribute]
        return len(e.args)
