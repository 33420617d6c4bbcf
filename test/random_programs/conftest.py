"""pytest setup of the random-program tester's regression tests: one session-wide `pycxx build`
of every module in regressions/ (what check accepts must build: a failure fails every test)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REGRESSIONS = HERE / "regressions"
sys.path.insert(0, str(HERE))
collect_ignore = ["regressions"]


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    pycxx = os.environ.get("PYCXX")
    if not pycxx:
        pytest.fail("PYCXX is not set: run through ctest, or set PYCXX=/path/to/pycxx")
    out = tmp_path_factory.mktemp("regressions")
    sources = sorted(REGRESSIONS.glob("*.py"))
    r = subprocess.run([pycxx, "build", *map(str, sources), "-o", str(out), "-j", "2"], capture_output=True, text=True,
                       timeout=1800)
    assert r.returncode == 0, f"pycxx build failed (what check accepts must build):\n{r.stdout}\n{r.stderr}"
    return out
