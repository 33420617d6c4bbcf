def lambda_default(n: int) -> int:
    # CHECK:@+1:9-28: error: the lambda stored in 'f' may only have plain parameters without defaults, and no decorators [UnsupportedStatement]
    f = lambda x, y=2: x + y
    return f(n)
