"""The shared benchmark's kernel ../shared/bench/kernels/recursion.py, compiled unchanged
(modules/recursion.py is a byte-for-byte copy), gives CPython's results."""

from pathlib import Path

import pytest

from harness import MODULES_DIR, call, differential

CALLS = [call("fib", n) for n in (0, 1, 2, 10, 25)] + [call("fib", -3)] + [
    call("collatz_longest", limit) for limit in (1, 2, 10, 1000, 30000)]

test_function, test_call, test_module = differential("recursion", CALLS)

# CI clones the repository with shared/ beside it.
SHARED = Path(__file__).resolve().parents[3] / "shared" / "bench" / "kernels" / "recursion.py"


@pytest.mark.skipif(not SHARED.exists(), reason="the shared benchmark folder is not on this machine")
def test_copy_is_unchanged():
    assert (MODULES_DIR / "recursion.py").read_bytes() == SHARED.read_bytes()
