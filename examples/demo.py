"""Builds every example module with the installed pycxx, runs each function under CPython and
compiled, checks that both give the same result, and prints the speed-up.

    python3 examples/demo.py            (scripts/setup.sh runs it after `pip install .`)

The pycxx executable is found as `python -m pycxx` finds it ($PYCXX, this environment, PATH).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent

# (module, function, arguments): each runs well under a second in CPython.
WORKLOADS: list[tuple[str, str, tuple[Any, ...]]] = [
    ("collatz", "collatz_steps", (837799,)),
    ("collatz", "longest_chain", (100000,)),
    ("primes", "count_primes", (200000,)),
    ("primes", "twin_primes", (200000,)),
    ("fib", "fib_rec", (25,)),
    ("fib", "fib_iter", (91,)),
    ("fib", "largest", ()),
    ("fib", "fib_sum_mod", (1000000, 1000000007)),
    ("integrate", "simpson", (0.0, 10.0, 400000)),
    ("integrate", "leibniz_pi", (1000000,)),
    ("integrate", "pi_error", (1000000,)),
]


def find_pycxx() -> str:
    if os.environ.get("PYCXX"):
        return os.environ["PYCXX"]
    sys.path.insert(0, str(HERE.parent / "python"))  # the package, when not installed
    import pycxx

    return pycxx.executable()


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(function: Any, args: tuple[Any, ...], repeat: int) -> tuple[Any, float]:
    """(result, best time); an exception is the result, so both sides can be compared."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            result = function(*args)
        except Exception as error:  # noqa: BLE001 - reported as a mismatch, not a crash
            result = error
        best = min(best, time.perf_counter() - start)
    return result, best


def show_time(seconds: float) -> str:
    return f"{seconds * 1e3:7.1f}ms" if seconds >= 1e-3 else f"{seconds * 1e6:7.1f}us"


def main() -> int:
    pycxx = find_pycxx()
    modules = sorted({module for module, _, _ in WORKLOADS})
    out_dir = Path(tempfile.mkdtemp(prefix="pycxx-demo-"))
    sources = [str(HERE / f"{m}.py") for m in modules]
    print(f"demo: {pycxx} build {' '.join(Path(s).name for s in sources)} -o {out_dir} -j 2", flush=True)
    build = subprocess.run([pycxx, "build", *sources, "-o", str(out_dir), "-j", "2", "--python", sys.executable])
    if build.returncode != 0:
        print(f"demo: pycxx build failed with exit status {build.returncode}", file=sys.stderr)
        return build.returncode

    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    pure = {m: load(f"{m}_cpython", HERE / f"{m}.py") for m in modules}
    compiled = {m: load(m, out_dir / f"{m}{suffix}") for m in modules}
    for m in modules:
        assert isinstance(compiled[m].__spec__.loader, importlib.machinery.ExtensionFileLoader)

    print(f"\n{'call':<38} {'result':<26} {'CPython':>9} {'pycxx':>9} {'speed-up':>9}")
    mismatches = 0
    for module, function, args in WORKLOADS:
        call = f"{module}.{function}({', '.join(map(repr, args))})"
        expected, t_python = timed(getattr(pure[module], function), args, 1)
        got, t_compiled = timed(getattr(compiled[module], function), args, 3)
        same = got == expected and type(got) is type(expected)
        mismatches += not same
        shown = repr(got) if same else f"{got!r} != CPython's {expected!r}"
        speedup = t_python / t_compiled if t_compiled > 0 else float("inf")
        print(f"{call:<38} {shown:<26} {show_time(t_python)} {show_time(t_compiled)} {speedup:>8.0f}x")
    if mismatches:
        print(f"\ndemo: {mismatches} result(s) differ from CPython's", file=sys.stderr)
        return 1
    print("\ndemo: every compiled function gave CPython's result")
    return 0


if __name__ == "__main__":
    sys.exit(main())
