"""Container arguments a compiled function mutates: the caller sees exactly what CPython
leaves (the same objects, the same element types, every mutation), also when one list is
passed twice, when the list is inside a tuple, and when a generator mutates it lazily."""
from collections.abc import Iterator


def two(xs: list[int], ys: list[int]) -> int:
    xs.append(1)
    ys.append(2)
    return len(xs) + len(ys)


def two_dicts(a: dict[str, int], b: dict[str, int]) -> int:
    a["x"] = 1
    b["y"] = 2
    return len(a)


def in_tuple(p: tuple[list[int], int]) -> int:
    p[0].append(p[1])
    return len(p[0])


def nested_tuple(p: tuple[int, tuple[list[str], dict[str, int]]]) -> None:
    p[1][0].append("z")
    p[1][1]["z"] = p[0]


def append_float(xs: list[float]) -> None:
    xs.append(2.5)


def float_ops(xs: list[float], op: int) -> None:
    """One list[float] mutation per op; the caller's ints stay ints where CPython keeps them."""
    if op == 0:
        xs.append(0.5)
    elif op == 1:
        xs.insert(0, 0.25)
    elif op == 2 and len(xs) > 0:
        xs.pop(0)
    elif op == 3:
        xs.sort()
    elif op == 4:
        xs.reverse()
    elif op == 5 and len(xs) > 0:
        xs[len(xs) - 1] = 7.5
    elif op == 6:
        xs.clear()
    elif op == 7 and len(xs) > 0:
        xs.remove(xs[0])
    elif op == 8:
        xs.extend([1.5, 2.5])


def mutate_then_raise(xs: list[float]) -> None:
    xs.append(1.5)
    raise ValueError("after the append")


def generate(xs: list[int], n: int) -> Iterator[int]:
    for i in range(n):
        xs.append(i)
        yield len(xs)


def generate_guarded(xs: list[int]) -> Iterator[int]:
    caught = False
    try:
        yield 1
        yield 2
    except ValueError:
        xs.append(-1)
        caught = True
    finally:
        xs.append(100)
    if caught:
        yield 99


def generate_cleanup(xs: list[int]) -> Iterator[int]:
    # close() raises GeneratorExit at the yield: `except BaseException` sees it; a thrown
    # subclass of ValueError is caught by `except ValueError`, with its str().
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            xs.append(len(str(e)))
        except BaseException:
            xs.append(-1)
            raise
        i += 1
