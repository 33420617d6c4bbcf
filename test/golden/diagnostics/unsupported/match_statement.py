"""match statements."""


def statements(x: int) -> int:
    # CHECK:@+1:5-12: error: match statements are not supported yet: use if/elif [UnsupportedStatement]
    match x:
        case 1:
            pass
    return x
