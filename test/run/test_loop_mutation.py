"""Differential tests of modules/loop_mutation.py: a dict or set changed inside a loop over it
raises CPython's RuntimeError (it read freed memory before), a list is walked by index, and a
loop whose body rebinds the iterated name iterates the object it began with. The hypothesis
family drives random mutation sequences through the same loops against CPython."""

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness import Call, call, check_call, differential, load_reference

CALLS = (
    [call("dict_pop_in_loop", {1: 1, 2: 2, 3: 3}), call("dict_pop_in_loop", {})]
    + [call("dict_clear_in_loop", {"a": 1, "b": 2})]
    + [call("dict_add_in_loop", {1: 1}), call("dict_items_pop", {1: 1, 2: 2})]
    + [call("dict_values_set", {1: 1, 2: 2}), call("dict_values_set", {1: 5})]
    + [call("dict_same_size", {1: 0}), call("dict_same_size", {1: 0, 2: 0, 3: 0}), call("dict_same_size", {2: 0})]
    + [call("dict_break_after_pop", {1: 1, 2: 2})]
    + [call("set_discard_in_loop", {1, 2, 3}), call("set_add_in_loop", {5})]
    + [call("list_remove_in_loop", [1, 2, 3, 4, 5])]
    + [call("str_rebound", "abc"), call("str_rebound", ""), call("str_rebound_shorter", "abcd")]
    + [call("array_rebound", np.array([1.0, 2.0, 3.0]))]
    + [call("dict_rebound", {1: 1, 2: 2}), call("list_rebound", [1, 2, 3])]
    + [call("rebound_ops", "hello", n) for n in range(3)]
)

test_function, test_call, test_module = differential("loop_mutation", CALLS)

SMALL_INTS = st.integers(min_value=0, max_value=60)
FAMILY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _compiled(compiled_modules):
    module = compiled_modules["loop_mutation"]
    assert not isinstance(module, str), module
    return module, load_reference("loop_mutation")


# Pops and adds that keep a dict's size (op 4) visit keys in an order that follows the table's
# layout, which differs from CPython's (docs/semantics.md): the family leaves them out.
@FAMILY
@given(keys=st.lists(SMALL_INTS, max_size=8), ops=st.lists(st.sampled_from([0, 1, 2, 3, 5]), max_size=6))
def test_dict_mutation_family(keys, ops, compiled_modules):
    check_call(*_compiled(compiled_modules), Call("dict_ops", (keys, ops)))


@FAMILY
@given(items=st.lists(SMALL_INTS, max_size=8), ops=st.lists(st.integers(0, 4), max_size=6))
def test_set_mutation_family(items, ops, compiled_modules):
    check_call(*_compiled(compiled_modules), Call("set_ops", (items, ops)))


@FAMILY
@given(items=st.lists(SMALL_INTS, max_size=8), ops=st.lists(st.integers(0, 5), max_size=6))
def test_list_mutation_family(items, ops, compiled_modules):
    check_call(*_compiled(compiled_modules), Call("list_ops", (items, ops)))


@FAMILY
@given(s=st.text(st.characters(exclude_categories=("Cs",)), max_size=8), n=st.integers(0, 2))
def test_rebound_family(s, n, compiled_modules):
    check_call(*_compiled(compiled_modules), Call("rebound_ops", (s, n)))
