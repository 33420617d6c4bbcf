"""Differential tests of modules/functions.py: functions as values and closures."""

from harness import call, differential

CALLS = (
    [call("compose_sum", n) for n in (0, 3, -4)]
    + [call("closure_reads_current_values", xs, s) for xs, s in [([], 1.0), ([1.0, 2.0], 2.0)]]
    + [call("closure_with_statements", n) for n in (0, 1, 10)]
    + [call("closure_calls_closure", n) for n in (0, 5)]
    + [call("closure_raises", n) for n in (3, -1)]
    + [call("sort_by_named_key", ["ab", "ca", "bc", "aa"])]
    + [call("generators", n) for n in (0, 5)]
    + [call("generator_raises", n) for n in (0, 4)]
)

test_function, test_call, test_module = differential("functions", CALLS)
