"""Exceptions in compiled code: try/except/else/finally, raise forms, assert, exceptions
raised by the runtime caught, and exceptions leaving exported functions."""

import numpy as np


def divide(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def classify(n: int) -> int:
    """Which handler catches what `raise_kind` raises (hierarchy and tuples)."""
    try:
        raise_kind(n)
    except (KeyError, IndexError):
        return 1
    except ArithmeticError:
        return 2
    except LookupError:
        return 3
    except ValueError as e:
        return 4
    except Exception:
        return 5
    else:
        return 6
    return 7


def raise_kind(n: int) -> None:
    if n == 0:
        raise KeyError("key")
    if n == 1:
        raise IndexError("index")
    if n == 2:
        raise ZeroDivisionError("zero")
    if n == 3:
        raise OverflowError
    if n == 4:
        raise ValueError("value")
    if n == 5:
        raise RuntimeError("runtime")
    if n == 6:
        raise NotImplementedError()


def uncaught(n: int) -> int:
    try:
        raise_kind(n)
    except ArithmeticError:
        return -1
    return n


def test_runtime_errors_caught() -> tuple[int, int, int, int]:
    a = 0
    try:
        a = 1 // a
    except ZeroDivisionError:
        a = 10
    b = 0
    try:
        b = int(1e308 * 10.0)
    except OverflowError:
        b = 20
    c = 0
    try:
        c = int(2.0**10000)
    except ArithmeticError:
        c = 30
    d = 0
    try:
        d = 7 % 0
    except Exception:
        d = 40
    return a, b, c, d


def else_and_finally(n: int) -> int:
    log = 0
    try:
        if n < 0:
            raise ValueError("negative")
        log = log * 10 + 1
    except ValueError:
        log = log * 10 + 2
    else:
        log = log * 10 + 3
    finally:
        log = log * 10 + 4
    return log


def finally_loop(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            total += i
        finally:
            total += 100
    return total


def finally_while(n: int) -> int:
    total = 0
    i = 0
    while i < n:
        i += 1
        try:
            try:
                if i % 3 == 0:
                    continue
                if i == 8:
                    break
                total += i
            finally:
                total += 1000
        finally:
            total += 10
    else:
        total = -total
    return total


def finally_return(n: int) -> int:
    try:
        return n
    finally:
        if n > 3:
            return 99


def finally_overrides_exception(n: int) -> int:
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            if n > 0:
                return n + i
    return -1


def finally_break_swallows(n: int) -> int:
    count = 0
    while True:
        try:
            count += 1
            if count > n:
                raise KeyError("lost")
        finally:
            if count > n:
                break
    return count


def nested_finally_return(n: int) -> int:
    total = 0
    try:
        try:
            if n > 0:
                return n
        finally:
            total += 1
    finally:
        total += 2
        if n > 5:
            return total
    return -total


def exception_in_handler_runs_finally(n: int) -> int:
    count = 0
    try:
        try:
            raise ValueError("first")
        except ValueError:
            count += 1
            raise KeyError("second")
        finally:
            count += 10
    except KeyError:
        count += 100
    return count


def reraise(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("positive")
        return 0
    except ValueError:
        if n > 5:
            raise
        return 1


def raise_caught_value(n: int) -> int:
    try:
        if n > 0:
            raise IndexError("out of range")
    except LookupError as e:
        if n > 1:
            raise e
        return 1
    return 0


def chained(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise ValueError("bad divisor") from e


def chained_none(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError:
        raise ValueError("bad divisor") from None


def message_from_caught(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise RuntimeError(e)


def index_error(a: np.ndarray[tuple[int], np.dtype[np.float64]], n: int) -> float:
    try:
        return float(a[n])
    except IndexError:
        return -1.0


def checked(n: int) -> int:
    assert n > 0
    assert n < 100, "n must be below 100"
    return n


def test_assert_caught() -> int:
    try:
        checked(1000)
    except AssertionError:
        return 1
    return 0


def test_definitely_assigned() -> int:
    try:
        x = 5
    except ValueError:
        x = 6
    finally:
        y = 7
    return x + y


def test_bare_except() -> int:
    try:
        raise_kind(5)
    except ValueError:
        return 1
    except:
        return 2
    return 3


def test_nested_handlers() -> int:
    result = 0
    try:
        try:
            raise_kind(2)
        except LookupError:
            result = 1
    except ArithmeticError:
        try:
            raise_kind(0)
        except KeyError:
            result = 2
        result += 10
    return result


def else_not_caught(n: int) -> int:
    try:
        x = n + 1
    except ValueError:
        return -1
    else:
        if n > 0:
            raise ValueError("from else")
    return x


def name_deleted_after_handler(n: int) -> int:
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    if n > 0:
        raise e
    return 0


def returns_exception(n: int):
    try:
        if n > 0:
            raise KeyError("k")
        raise OverflowError("too big")
    except LookupError as e:
        return e
    except ArithmeticError as e:
        return e


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def recursion_caught(n: int) -> int:
    try:
        return depth(n)
    except RecursionError:
        return -1


def test_assert_message_reused() -> int:
    try:
        checked(500)
    except AssertionError as e:
        try:
            raise ValueError(e)
        except ValueError as inner:
            try:
                raise inner
            except Exception:
                return 1
    return 0


def handler_reraise_in_nested_try(n: int) -> int:
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        if n > 0:
            raise
    return 0


def loop_else_with_finally(n: int) -> int:
    found = -1
    for i in range(n):
        try:
            if i * i > 10:
                found = i
                break
        finally:
            found += 100
    else:
        found = -2
    return found


def context_of_runtime_error(n: int) -> int:
    try:
        raise KeyError("missing")
    except KeyError:
        return 1 // n


def context_chain(n: int) -> int:
    try:
        try:
            raise IndexError("first")
        except IndexError:
            raise ValueError("second")
    except ValueError as e:
        raise RuntimeError("third") from None


def loop_handler_break(n: int) -> int:
    i = 0
    while i < n:
        i += 1
        try:
            if i == 4:
                raise ValueError("stop")
        except ValueError:
            break
    else:
        return -i
    return i


def continue_in_handler(n: int) -> int:
    total = 0
    try:
        for i in range(n):
            try:
                if i % 2:
                    raise KeyError("odd")
                total += i
            except KeyError:
                continue
            finally:
                total += 1000
    finally:
        total += 1
    return total


def return_in_else(n: int) -> int:
    t = 0
    try:
        t = n
    except ValueError:
        return -1
    else:
        return t * 2
    finally:
        t = 99
    return t


def finally_raises_over_return(n: int) -> int:
    try:
        try:
            return n
        finally:
            if n > 2:
                raise ValueError("from finally")
    except ValueError:
        return -n


def break_in_finally(n: int) -> int:
    k = 0
    for i in range(n):
        k = i
        try:
            pass
        finally:
            if i == 3:
                break
    return k


def none_return(n: int) -> None:
    try:
        if n > 0:
            return
    finally:
        if n > 5:
            raise ValueError("big")


def tuple_return(n: int) -> tuple[int, float]:
    try:
        return n, 1.5
    finally:
        n = 0


def maybe_unbound(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("x")
        x = 5
    except ValueError:
        pass
    return x


def deep(n: int) -> int:
    try:
        if n == 0:
            raise IndexError("bottom")
        return deep(n - 1) + 1
    finally:
        pass


def catch_deep(n: int) -> int:
    try:
        return deep(n)
    except IndexError as e:
        return -1


def float_errors(x: float) -> float:
    try:
        return 1.0 / x
    except ZeroDivisionError:
        try:
            return x ** -1.0
        except ZeroDivisionError as e:
            raise OverflowError(e) from None


def key_errors(n: int) -> int:
    """A KeyError's str is the repr of its key: the compiled message keeps CPython's."""
    try:
        if n == 0:
            raise KeyError("5")
        if n == 1:
            raise KeyError("it's")
        if n == 2:
            raise KeyError
        raise KeyError("k")
    except LookupError as e:
        if n == 3:
            raise
        raise RuntimeError(e)


def raise_outer_inside_inner(n: int) -> int:
    try:
        raise IndexError("i")
    except IndexError as e:
        try:
            raise OverflowError("o")
        except OverflowError as f:
            raise (e if n > 0 else f)


def divide_by(n: int) -> int:
    return 10 // n


def for_each_in_try(n: int) -> int:
    """A break in a nested loop inside a try body stays in that loop."""
    total = 0
    for i in range(n):
        try:
            for x in range(1, 4):
                if x == 2:
                    break
                total += x
        finally:
            total += 10
    return total


def list_loop_in_try(words: list[str]) -> int:
    """A for loop over a list inside try/finally: its break leaves the loop, not the try."""
    total = 0
    try:
        for w in words:
            if w == "stop":
                break
            total += len(w)
    finally:
        total += 100
    return total


def closure_with_finally(n: int) -> int:
    """A closure's return passes through its own finally block, not the enclosing one's."""
    total = 0

    def inner(k: int) -> int:
        try:
            if k > 2:
                return k * 10
        finally:
            k += 1
        return k

    try:
        total = inner(n)
        if n > 5:
            return total + 1
    finally:
        total += 1000
    return total


def guarded_reciprocals(n):
    """A generator: yield inside a try body, a return (co_return) through a finally block."""
    try:
        for i in range(n):
            if i == 3:
                return
            try:
                yield 10 // (i - 1)
            except ZeroDivisionError:
                pass
    finally:
        pass


def sum_generated(n: int) -> int:
    t = 0
    for x in guarded_reciprocals(n):
        t += x
    return t


def str_messages(n: int, name: str) -> int:
    """Messages computed at run time: a str expression (a KeyError's str is its repr)."""
    if n < 0:
        raise ValueError(name + " must be non-negative")
    if n == 0:
        raise KeyError(name)
    return n
