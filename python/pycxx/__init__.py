"""pycxx: an ahead-of-time compiler from type-annotated numeric Python to CPython extension modules.

This package is what a module compiled by pycxx may import while it still runs under CPython
(`prange`), plus the tools around the `pycxx` executable: `pycxx.executable()` finds it,
`python -m pycxx` runs it (__main__.py), and `pycxx.build_ext` builds hot modules into wheels.
The distribution that installs it is `pycxx-compiler` (`pycxx` on PyPI is another project).
"""

from __future__ import annotations

from pycxx._locate import executable

__all__ = ["executable", "prange", "__version__"]
__version__ = "0.1.0"


def prange(*args: int) -> range:
    """A `range` whose iterations are independent and may run in parallel once compiled.

    Under CPython it is exactly `range`, so a module using it keeps running unchanged.
    """
    return range(*args)
