"""Golden tests: input and expectation in one file.

diagnostics/<category>/<scenario>.py  one small scenario per file, checked with `pycxx check`:
                  each expected diagnostic is a `# CHECK:@+1:5: error: ... [Id]` comment just
                  above the line it points at (the format: diagnostic_checks.py). A scenario
                  must expect at least one diagnostic: code that compiles belongs in test/run.
emit/*.py         `pycxx emit FILE`: the compiled-code part of the C++ (the namespace
                  pycxx_module_<name>) as `# CHECK:CPP: ` lines at the end; the whole
                  translation unit for files whose name starts with `full_`. Emitting twice
                  gives the same bytes.
ir/*.py           `pycxx emit --ir FILE`: the typed IR after the optimisation passes as
                  `# CHECK:IR: ` lines at the end (what a pass proved shows in it).

`PYCXX=<pycxx> python3 test/golden/test_golden.py --update [FILE...]` (or
`cmake --build build --target update_golden`) rewrites the expectations of every file (or
of the files named) from the current output, and regenerates docs/diagnostics.md; review
the diff before committing it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diagnostic_catalogue  # noqa: E402
import diagnostic_checks  # noqa: E402
import diagnostics_md  # noqa: E402

GOLDEN = Path(__file__).resolve().parent
DIAGNOSTICS = sorted((GOLDEN / "diagnostics").rglob("*.py"))
EMITS = sorted((GOLDEN / "emit").glob("*.py"))
IRS = sorted((GOLDEN / "ir").glob("*.py"))
OUTPUT_CHECK = re.compile(r"^# CHECK:(CPP|IR): ?(.*)$")


def pycxx() -> str:
    path = os.environ.get("PYCXX")
    if not path:
        pytest.skip("PYCXX is not set (ctest sets it)")
    return path


def scenario_id(path: Path) -> str:
    return path.relative_to(GOLDEN / "diagnostics").as_posix()


# --- diagnostics/: one scenario per file

def summary(found: list[diagnostic_checks.Message]) -> list[str]:
    """Diagnostics in line order, one readable string each (with its notes), for a clear diff."""
    return [f"{d.line}:{d.column}-{d.end}: {d.fields()}" + "".join(
        f"\n    {n.line}:{n.column}-{n.end}: {n.fields()}" for n in d.notes)
        for d in sorted(found, key=diagnostic_checks.Message.key)]


@pytest.mark.parametrize("path", DIAGNOSTICS, ids=scenario_id)
def test_diagnostics(path: Path):
    assert len(Path(scenario_id(path)).parts) == 2, f"{scenario_id(path)}: scenarios live in diagnostics/<category>/"
    text = path.read_text(encoding="utf-8", errors="replace")
    expected = diagnostic_checks.read_expectations(text, scenario_id(path))
    assert expected, (f"{scenario_id(path)} expects no diagnostic: a scenario here must produce one "
                      "(code that compiles belongs in test/run/modules)")
    found, status, stderr = diagnostic_checks.run_check(pycxx(), path)
    assert summary(found) == summary(expected), \
        f"pycxx check {scenario_id(path)} printed:\n{stderr}(review, then update with test_golden.py --update)"
    # The whole text, quoted lines and carets included, is what docs/diagnostics.md shows.
    rendered = diagnostic_checks.render(expected, text.splitlines(), path.name)
    assert sorted(line.rstrip() for line in stderr.splitlines()) == sorted(rendered), \
        "pycxx's text rendering differs from diagnostic_checks.render()"
    errors = any(d.severity == "error" for d in expected)
    assert status == (1 if errors else 0), f"exit status {status}:\n{stderr}"


def test_every_diagnostic_kind_is_exercised():
    entries = diagnostic_catalogue.read()
    ids = {e.id for e in entries}
    seen: dict[str, list[str]] = {}
    for path in DIAGNOSTICS:
        for d in diagnostic_checks.read_expectations(path.read_text(encoding="utf-8", errors="replace")):
            seen.setdefault(d.id or "", []).append(scenario_id(path))
    missing = [e.id for e in entries if e.id not in seen and e.id not in diagnostic_catalogue.NOT_FROM_GOLDEN_FILES]
    assert not missing, f"diagnostic ids no golden scenario produces (add one under test/golden/diagnostics/): {missing}"
    unknown = {i: where for i, where in seen.items() if i not in ids}
    assert not unknown, f"golden scenarios expect ids that compiler/diagnostics/diagnostic_kind.def lacks: {unknown}"
    stale = [i for i in diagnostic_catalogue.NOT_FROM_GOLDEN_FILES if i not in ids or i in seen]
    assert not stale, f"allow-listed ids that no longer exist or now have a scenario: {stale}"


# --- emit/ and ir/: the whole output at the end of the file

def strip_output_checks(text: str) -> str:
    lines = [line for line in text.splitlines() if not OUTPUT_CHECK.match(line)]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def expected_output(path: Path, kind: str) -> list[str]:
    return [m.group(2) for m in map(OUTPUT_CHECK.match, path.read_text(encoding="utf-8").splitlines())
            if m and m.group(1) == kind]


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


def current_output(path: Path) -> tuple[str, list[str]]:
    if path.parent.name == "ir":
        return "IR", run_emit(path, "--ir").splitlines()
    return "CPP", compiled_part(run_emit(path), path.name.startswith("full_"))


@pytest.mark.parametrize("path", EMITS, ids=lambda p: p.name)
def test_emit(path: Path):
    first = run_emit(path)
    assert compiled_part(first, path.name.startswith("full_")) == expected_output(path, "CPP")
    assert run_emit(path) == first, "emitting twice gave different C++"


@pytest.mark.parametrize("path", IRS, ids=lambda p: p.name)
def test_ir(path: Path):
    assert run_emit(path, "--ir").splitlines() == expected_output(path, "IR")


# --- --update

def update_file(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "diagnostics" in path.relative_to(GOLDEN).parts[:1]:
        # Adding checks moves code lines down, and a message may name a line ("detected at
        # line 3"): check the rewritten file again until its expectations stand still.
        new = text
        for _ in range(3):
            found, _, _ = diagnostic_checks.run_check(pycxx(), path)
            previous, new = new, diagnostic_checks.write_expectations(new, found)
            path.write_text(new, encoding="utf-8")
            if new == previous:
                break
    else:
        kind, lines = current_output(path)
        new = strip_output_checks(text) + "\n" + "\n".join(f"# CHECK:{kind}: {line}".rstrip() for line in lines) + "\n"
    if new != text:
        path.write_text(new, encoding="utf-8")
        print(f"updated {path.relative_to(GOLDEN)}")


def update(paths: list[str]) -> None:
    chosen = [Path(p).resolve() for p in paths] or DIAGNOSTICS + EMITS + IRS
    for path in chosen:
        update_file(path)
    diagnostics_md.main(["--write"])  # the page shows the scenarios: keep it in step


if __name__ == "__main__":
    if not os.environ.get("PYCXX"):
        sys.exit("set PYCXX to the pycxx executable (e.g. build/compiler/driver/pycxx)")
    if "--update" in sys.argv:
        update([a for a in sys.argv[1:] if a != "--update"])
    else:
        sys.exit(pytest.main([__file__, "-q"]))
