"""pytest setup of the differential run tests (harness.py): one session-wide build of every
module in modules/, into $PYCXX_TEST_CACHE/run when ctest sets it, else a temporary folder."""

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402

collect_ignore = ["modules", "boundary_probe", "scalar_probe"]


@pytest.fixture(scope="session")
def compiled_modules(tmp_path_factory):
    cache = os.environ.get("PYCXX_TEST_CACHE")
    out_dir = Path(cache) / "run" if cache else tmp_path_factory.mktemp("run-built")
    built = harness.build_all(out_dir)
    loaded = {}
    for name, result in built.items():
        if isinstance(result, str):
            loaded[name] = result
            continue
        try:
            loaded[name] = harness.load_compiled(name, result)
        except Exception as e:  # an import failure is reported on each test of the module
            loaded[name] = f"importing the built {result.name} failed: {type(e).__name__}: {e}"
    return loaded
