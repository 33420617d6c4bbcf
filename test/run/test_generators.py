"""Differential tests of modules/generators.py: `yield from` inside compiled code, and
generators returned to Python: the items, StopIteration, exceptions with their type and
message, one pass only, the arguments kept alive while the iterator lives."""

import gc
import itertools

import numpy as np
import pytest

from harness import call, differential, load_reference, same

CALLS = ([call("chain_list", n) for n in (0, 1, 4)] + [call("chain_sum", n) for n in (0, 5)]
         + [call("letters", s) for s in ("", "abc", "héllo€")])

test_function, test_call, test_module = differential("generators", CALLS)

ITERATORS = [("count_up", (0,)), ("count_up", (4,)), ("halves", (2,)), ("halves", (6,)), ("words", ("ab  cd é",)),
             ("pairs", (3,)), ("elements", (np.arange(4.0),)), ("flattened", (3,)), ("returns_generator", (4,)),
             ("divides", (7,))]


def compiled(compiled_modules):
    module = compiled_modules["generators"]
    if isinstance(module, str):
        pytest.fail(module, pytrace=False)
    return module


def drain(iterator):
    """Every item, then what ends the iteration: ('stop',) or (type, message)."""
    items = []
    while True:
        try:
            items.append(next(iterator))
        except StopIteration:
            return items, ("stop",)
        except Exception as e:
            return items, (type(e), str(e))


@pytest.mark.parametrize("function, args", ITERATORS)
def test_returned_generator_is_an_iterator(function, args, compiled_modules):
    module, reference = compiled(compiled_modules), load_reference("generators")
    got, want = getattr(module, function)(*args), getattr(reference, function)(*args)
    assert iter(got) is got
    got_items, got_end = drain(got)
    want_items, want_end = drain(want)
    assert len(got_items) == len(want_items) and all(same(a, b) for a, b in zip(got_items, want_items)), (
        f"{function}{args}: compiled {got_items!r}, CPython {want_items!r}")
    assert got_end == want_end
    assert drain(got) == ([], ("stop",)), "a finished generator stays finished"


def test_generator_is_lazy_and_keeps_its_array(compiled_modules):
    module = compiled(compiled_modules)
    it = module.elements(np.arange(5.0) * 2)  # the array has no other reference
    gc.collect()
    assert [float(x) for x in itertools.islice(it, 3)] == [0.0, 2.0, 4.0]
    assert type(next(it)) is np.float64
    started = module.halves(10)
    assert next(started) == 0.0  # the body runs only as far as asked: no ValueError yet
    del started
    gc.collect()
