"""Differential tests of modules/sequence_edges.py: xs[4:1:-2**63] gave [] (CPython [50]) and
"ab" * 2**62, [0] * 2**62 raised SystemError (CPython OverflowError / MemoryError)."""

import os

from harness import call, differential

# Under the sanitizer job (cmake/sanitize.cmake) a failed operator new aborts instead of
# throwing std::bad_alloc: the str repetitions that try that allocation are left to the plain run.
SANITIZED = bool(os.environ.get("PYCXX_SANITIZED"))

XS = list(range(0, 60, 10))
EDGES = [-2**63, -2**63 + 1, 2**63 - 1, -1, 0, 2]
CALLS = (
    [call("slice_step", XS, k) for k in EDGES if k != 0]
    + [call("slice_bounds", XS, k) for k in EDGES]
    + [call("str_slices", "abcdéf", k) for k in EDGES if k != 0]
    + [call("str_repeat", s, n) for s, n in [("ab", 2**62), ("ab", 2**63 - 1), ("ab", 3), ("", 2**62)]]
    + [call("list_repeat", xs, n) for xs, n in [([0], 2**62), ([0, 0], 2**62), ([1], 2**63 - 1), ([1, 2], 2), ([], 2**62)]]
    + ([] if SANITIZED else [call("str_repeat", "a", 2**62), call("str_repeat", "é", 2**61)])
)

test_function, test_call, test_module = differential("sequence_edges", CALLS)
