def print_file(x: int) -> None:
    # CHECK:@+1:14-23: error: print() takes only sep= and end= here, not flush= [BadCallArguments]
    print(x, flush=True)
