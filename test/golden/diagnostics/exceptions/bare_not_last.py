def bare_not_last(x: int) -> int:
    try:
        x = 1
    # CHECK:@+1:5-11: error: default 'except:' must be last [SyntaxError]
    except:
        x = 2
    except ValueError:
        x = 3
    return x
