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
