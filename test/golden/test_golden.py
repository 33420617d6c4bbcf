"""Golden tests: input and expectation in one file (Carbon's `// CHECK:STDERR:`).

diagnostics/*.py  `pycxx check FILE` (run inside diagnostics/, so paths print as FILE):
                  every line of stderr is a `# CHECK:STDERR: ` line, the exit status a
                  `# CHECK:EXIT: ` line.
emit/*.py         `pycxx emit FILE`: the compiled-code part of the C++ (the namespace
                  pycxx_module_<name>) as `# CHECK:CPP: ` lines; the whole translation unit
                  for files whose name starts with `full_`. Emitting twice gives the same bytes.
ir/*.py           `pycxx emit --ir FILE`: the typed IR after the optimisation passes as
                  `# CHECK:IR: ` lines (what a pass proved shows in it).

`python3 test/golden/test_golden.py --update` (with $PYCXX set) rewrites the CHECK lines of
every file from the current output; review the diff before committing it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent
ROOT = GOLDEN.parent.parent
DIAGNOSTICS = sorted((GOLDEN / "diagnostics").glob("*.py"))
EMITS = sorted((GOLDEN / "emit").glob("*.py"))
IRS = sorted((GOLDEN / "ir").glob("*.py"))
CHECK = re.compile(r"^# CHECK:(STDERR|EXIT|CPP|IR): ?(.*)$")

# Kinds no golden .py file can produce, each with the reason and where it is tested.
NOT_FROM_GOLDEN_FILES = {
    "SourceUnreadable": "needs a missing or unreadable file, not a .py input; test/e2e/test_cli.py covers it",
    "PreviousDefinition": "a note kind: notes are attached to their diagnostic and carry no kind of their own "
                          "(IncompatibleAssignment's note here shows one)",
}


def pycxx() -> str:
    path = os.environ.get("PYCXX")
    if not path:
        pytest.skip("PYCXX is not set (ctest sets it)")
    return path


def strip_checks(text: str) -> str:
    lines = [line for line in text.splitlines() if not CHECK.match(line)]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def expected(path: Path, kind: str) -> list[str]:
    return [m.group(2) for m in map(CHECK.match, path.read_text(encoding="utf-8").splitlines()) if m and m.group(1) == kind]


def run_check(path: Path) -> tuple[list[str], int]:
    result = subprocess.run([pycxx(), "check", path.name], cwd=path.parent, capture_output=True, text=True)
    return [line.rstrip() for line in result.stderr.splitlines()], result.returncode


def compiled_part(cpp: str, full: bool) -> list[str]:
    lines = cpp.splitlines()
    if full:
        return lines
    start = next(i for i, line in enumerate(lines) if line.startswith("namespace pycxx_module_"))
    end = next(i for i, line in enumerate(lines) if line.startswith("}  // namespace pycxx_module_"))
    return lines[start:end + 1]


def run_emit(path: Path, *flags: str) -> str:
    result = subprocess.run([pycxx(), "emit", *flags, path.name], cwd=path.parent, capture_output=True, text=True)
    assert result.returncode == 0, f"pycxx emit {path.name} failed:\n{result.stderr}"
    return result.stdout


@pytest.mark.parametrize("path", DIAGNOSTICS, ids=lambda p: p.name)
def test_diagnostics(path: Path):
    stderr, status = run_check(path)
    assert stderr == expected(path, "STDERR"), "\n".join(stderr)
    assert [str(status)] == expected(path, "EXIT")


@pytest.mark.parametrize("path", EMITS, ids=lambda p: p.name)
def test_emit(path: Path):
    first = run_emit(path)
    assert compiled_part(first, path.name.startswith("full_")) == expected(path, "CPP")
    assert run_emit(path) == first, "emitting twice gave different C++"


@pytest.mark.parametrize("path", IRS, ids=lambda p: p.name)
def test_ir(path: Path):
    assert run_emit(path, "--ir").splitlines() == expected(path, "IR")


def test_every_diagnostic_kind_is_exercised():
    table = (ROOT / "compiler" / "diagnostics" / "diagnostic_kind.def").read_text(encoding="utf-8")
    kinds = re.findall(r"^PYCXX_DIAGNOSTIC\((\w+),", table, re.M)
    seen = set()
    for path in DIAGNOSTICS:
        for line in expected(path, "STDERR"):
            seen.update(re.findall(r"\[(\w+)\]$", line))
    missing = [k for k in kinds if k not in seen and k not in NOT_FROM_GOLDEN_FILES]
    assert not missing, f"diagnostic kinds no golden test produces: {missing}"
    stale = [k for k in NOT_FROM_GOLDEN_FILES if k not in kinds]
    assert not stale, f"allow-listed kinds that no longer exist: {stale}"


def update() -> None:
    for path in DIAGNOSTICS:
        stderr, status = run_check(path)
        body = strip_checks(path.read_text(encoding="utf-8"))
        checks = [f"# CHECK:EXIT: {status}"] + [f"# CHECK:STDERR: {line}".rstrip() for line in stderr]
        path.write_text(body + "\n" + "\n".join(checks) + "\n", encoding="utf-8")
    for path in EMITS:
        cpp = compiled_part(run_emit(path), path.name.startswith("full_"))
        body = strip_checks(path.read_text(encoding="utf-8"))
        path.write_text(body + "\n" + "\n".join(f"# CHECK:CPP: {line}".rstrip() for line in cpp) + "\n",
                        encoding="utf-8")
    for path in IRS:
        ir = run_emit(path, "--ir").splitlines()
        body = strip_checks(path.read_text(encoding="utf-8"))
        path.write_text(body + "\n" + "\n".join(f"# CHECK:IR: {line}".rstrip() for line in ir) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    if not os.environ.get("PYCXX"):
        sys.exit("set PYCXX to the pycxx executable (e.g. build/compiler/driver/pycxx)")
    if "--update" in sys.argv:
        update()
    else:
        sys.exit(pytest.main([__file__, "-q"]))
