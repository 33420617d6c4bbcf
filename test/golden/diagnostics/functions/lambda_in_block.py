def lambda_in_block(n: int) -> int:
    if n > 0:
        # CHECK:@+1:9-27: error: a lambda stored in a variable must be assigned at the top level of the function's body, not inside a block [UnsupportedStatement]
        f = lambda x: x + 1
        return f(n)
    return 0
