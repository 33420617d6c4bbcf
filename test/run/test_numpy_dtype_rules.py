"""Differential tests of modules/numpy_dtype_rules.py: each dtype rule's result dtype, ufuncs
and reductions, against numpy's."""

from harness import differential

test_dtype_rules_function, test_dtype_rules_call, test_dtype_rules_module = differential("numpy_dtype_rules", [])
