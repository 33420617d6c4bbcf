def lambda_value() -> int:
    # CHECK:@+1:11-21: error: a lambda is supported as an argument of a call (key=lambda x: ...) or assigned to a variable at the top level of a function (f = lambda x: ...), not as a value here [UnsupportedExpression]
    fs = [lambda x: x]
    return 0
