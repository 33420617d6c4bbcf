def generator(n: int):
    try:
        yield n
    except ValueError:
        # CHECK:@+1:9-16: error: 'yield' inside an 'except' clause is not supported yet: keep what to yield in a variable and yield it after the try statement [UnsupportedStatement]
        yield -1
