"""Exceptions raised while another is pending in a finally block, or handled in an except
clause, carry it as __context__ when they reach Python, as CPython chains them; exceptions
with several arguments or none."""


def raise_in_finally(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("first")
    finally:
        if n > 1:
            raise KeyError("second")
    return n


def _fails(n: int) -> int:
    if n > 2:
        raise IndexError("from a call")
    return n


def call_in_finally(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("first")
    finally:
        _fails(n)
    return n


def runtime_error_in_finally(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("first")
    finally:
        x = 10 // (n - 1)
    return x


def handler_inside_finally(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("first")
    finally:
        try:
            if n > 1:
                raise TypeError("inner")
        except TypeError:
            if n > 2:
                raise LookupError("innermost")
        if n > 3:
            raise RuntimeError("after the inner handler")
    return n


def handler_then_finally(n: int) -> int:
    try:
        try:
            raise ValueError("a")
        except ValueError:
            if n > 0:
                raise TypeError("b")
    finally:
        if n > 1:
            raise KeyError("c")
    return n


def nested_finally(n: int) -> int:
    try:
        try:
            raise ValueError("a")
        finally:
            if n > 0:
                raise TypeError("b")
    finally:
        if n > 1:
            raise OverflowError("c")
    return n


def finally_without_exception(n: int) -> int:
    try:
        n += 1
    finally:
        if n > 1:
            raise ValueError("no context")
    return n


def several_arguments(n: int) -> int:
    if n == 0:
        raise ValueError("bad", n)
    if n == 1:
        raise IndexError(n)
    if n == 2:
        raise ValueError()
    if n == 3:
        raise KeyError("k", 1.5, True, None, n / 0.5)
    if n == 4:
        raise ValueError(1e300 * 1e10, -2.5, "it's")
    raise TypeError(n * 1j, "x")


def str_and_repr(n: int) -> str:
    try:
        if n == 0:
            raise ValueError("bad", n, "it's")
        if n == 1:
            raise ValueError()
        if n == 2:
            raise KeyError("key")
        if n == 3:
            raise TypeError("plain")
        if n == 4:
            raise ZeroDivisionError(n)
        x = [1, 2][n]
        return str(x)
    except Exception as e:
        return str(e) + " | " + repr(e)


def several_arguments_chained(n: int) -> int:
    try:
        raise ValueError("first", n)
    except ValueError as e:
        raise KeyError("second", n) from e


def reprs(n: int) -> str:
    return repr(n) + repr(n / 4) + repr("x'y") + repr([n, 2]) + repr(None) + repr(n > 1) + repr({n: "a"})
