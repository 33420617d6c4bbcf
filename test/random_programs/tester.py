"""The random-program differential tester: generates a module (generator.py), keeps the functions
`pycxx check` accepts, builds it with `pycxx build` (a C++ compiler failure is a finding: what
check accepts must build), and compares every call with CPython (compare_child.py, in a process
of its own). Findings are shrunk to a minimal repro (shrink.py) and written as a standalone .py.

    tester.py --seeds 1-3 [--functions 30] [--cxx CMD] [--opt 2] [--no-shrink] [--out DIR]

Exit status 1 when anything was found. $PYCXX names the pycxx executable."""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generator import generate  # noqa: E402
from program import Function, Module  # noqa: E402

EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")


@dataclass
class Finding:
    kind: str  # "build" (C++ compile failure), "mismatch", "crash", "import"
    function: str
    detail: str
    call: int = -1


@dataclass
class Settings:
    pycxx: str
    work: Path
    cxx: str | None = None
    opt: str | None = None
    extra: list[str] = field(default_factory=list)

    def options(self) -> list[str]:
        out = []
        if self.cxx:
            out += ["--cxx", self.cxx]
        if self.opt:
            out += ["--opt", self.opt]
        return out + self.extra


# ---- check: keep what pycxx accepts -------------------------------------------------------

def function_lines(module: Module, source: str) -> dict[int, str]:
    """Which function each line of the rendered source belongs to."""
    owner, current = {}, None
    for number, line in enumerate(source.splitlines(), 1):
        m = re.match(r"def (\w+)\(", line)
        if m:
            current = m.group(1)
        elif line and not line[0].isspace():
            current = None
        if current:
            owner[number] = current
    return owner


def drop(module: Module, names: set[str]) -> Module:
    """The module without `names` and without the functions that call them."""
    names = set(names)
    changed = True
    while changed:
        changed = False
        for f in module.functions:
            if f.name not in names and f.callees & names:
                names.add(f.name)
                changed = True
    return Module(module.constants, [f for f in module.functions if f.name not in names])


def drop_constants(module: Module, names: set[str]) -> Module:
    """The module without the constants `names`, and without what names them."""
    if not names:
        return module
    names = set(names)
    constants = []
    for c in module.constants:
        if c.name in names or any(re.search(rf"\b{n}\b", c.value.render()) for n in names):
            names.add(c.name)
        else:
            constants.append(c)
    users = {f.name for f in module.functions if any(re.search(rf"\b{n}\b", f.render(False)) for n in names)}
    return drop(Module(constants, module.functions), users)


def accepted(module: Module, name: str, s: Settings, rejected: dict[str, int]) -> Module:
    """Drops the functions `pycxx check` rejects (counting the diagnostic ids in `rejected`)."""
    for _ in range(6):
        source = module.render()
        path = s.work / f"{name}.py"
        path.write_text(source)
        r = subprocess.run([s.pycxx, "check", "--diagnostics-format", "json", str(path)], capture_output=True,
                           text=True, timeout=600)
        if r.returncode == 0:
            return module
        if r.returncode != 1:
            raise RuntimeError(f"pycxx check exited {r.returncode} on {path}:\n{r.stdout}\n{r.stderr}")
        owner = function_lines(module, source)
        bad, bad_constants = set(), set()
        for d in json.loads(r.stdout or "[]"):
            if d.get("severity", "error") != "error":
                continue
            line = d.get("line") or d.get("location", {}).get("line")
            rejected[d.get("id", "?")] = rejected.get(d.get("id", "?"), 0) + 1
            if line in owner:
                bad.add(owner[line])
            else:  # a constant: drop it and what names it
                text = source.splitlines()[line - 1] if line else ""
                m = re.match(r"(\w+):", text)
                if not m:
                    raise RuntimeError(f"pycxx check rejects module-level code of {path}: {d}")
                bad_constants.add(m.group(1))
        module = drop(module, bad)
        module = drop_constants(module, bad_constants)
    raise RuntimeError(f"pycxx check keeps rejecting {name}")


# ---- build and compare ------------------------------------------------------------------------

def build(module: Module, name: str, s: Settings) -> tuple[Path | None, str]:
    source = s.work / f"{name}.py"
    source.write_text(module.render())
    r = subprocess.run([s.pycxx, "build", str(source), "-o", str(s.work), *s.options()], capture_output=True,
                       text=True, timeout=1800)
    built = s.work / f"{name}{EXT_SUFFIX}"
    if r.returncode == 0 and built.exists():
        return built, ""
    return None, f"`pycxx build` exited {r.returncode}\n{r.stdout}{r.stderr}"


def compare(module: Module, name: str, built: Path, s: Settings, calls=None) -> list[Finding]:
    reference = s.work / f"{name}_reference.py"
    reference.write_text(module.render(checked=True))
    if calls is None:
        calls = [(f.name, i, args) for f in module.functions for i, args in enumerate(f.calls)]
    calls_path = s.work / f"{name}_calls.pickle"
    with open(calls_path, "wb") as out:
        pickle.dump(calls, out)
    r = subprocess.run([sys.executable, str(HERE / "compare_child.py"), name, str(built), str(reference), str(calls_path)],
                       capture_output=True, text=True, timeout=600)
    findings, running, done = [], None, False
    for line in r.stdout.splitlines():
        record = json.loads(line)
        if "running" in record:
            running = record
        elif "done" in record:
            done = True
        else:
            findings.append(Finding("import" if record["function"] == "<import>" else "mismatch", record["function"],
                                    f"CPython {record['expected']}, compiled {record['got']}", record["call"]))
    if not done:
        where = running or {"running": "<import>", "call": -1}
        findings.append(Finding("crash", where["running"], f"the process died (exit {r.returncode}) in this call:\n"
                                f"{r.stderr[-3000:]}", where["call"]))
    return findings


def test_module(module: Module, name: str, s: Settings) -> tuple[Module, list[Finding]]:
    built, error = build(module, name, s)
    if not built:
        return module, [Finding("build", "<module>", error)]
    return module, compare(module, name, built, s)


# ---- repro files -------------------------------------------------------------------------------

def repro_text(module: Module, finding: Finding, calls) -> str:
    head = [f"# {finding.kind} in {finding.function}: {line}" for line in finding.detail.splitlines()[:12]]
    head += [f"# call: {fn}(*{args!r})" for fn, _, args in calls]
    return "\n".join(head) + "\n" + module.render()


def run_seed(seed: int, s: Settings, functions: int, shrink_findings: bool, out: Path,
             rejected: dict[str, int], known_defects: bool = False) -> list[Finding]:
    from shrink import shrink

    name = f"rp{seed}"
    module = accepted(generate(seed, functions, known_defects=known_defects), name, s, rejected)
    module, findings = test_module(module, name, s)
    for n, finding in enumerate(findings):
        calls = [(f.name, i, a) for f in module.functions for i, a in enumerate(f.calls)
                 if f.name == finding.function and i == finding.call]
        small = module
        if shrink_findings and finding.kind in ("build", "mismatch", "crash"):
            small, calls = shrink(module, finding, calls, s, f"{name}_s{n}")
        path = out / f"{name}_{n}_{finding.kind}.py"
        path.write_text(repro_text(small, finding, calls))
        finding.detail += f"\n(repro: {path})"
    return findings


def parse_seeds(text: str) -> list[int]:
    seeds = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        seeds += list(range(int(lo), int(hi or lo) + 1))
    return seeds


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", default="1-3")
    p.add_argument("--functions", type=int, default=30)
    p.add_argument("--cxx")
    p.add_argument("--opt")
    p.add_argument("--no-shrink", action="store_true")
    p.add_argument("--known-defects", action="store_true", help="also generate what is known to fail (generator.py)")
    p.add_argument("--out", type=Path, default=None, help="where repros go (default: the work folder)")
    args = p.parse_args(argv)
    pycxx = os.environ.get("PYCXX")
    if not pycxx:
        print("set $PYCXX to the pycxx executable", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="random_programs-"))
    out = args.out or work
    out.mkdir(parents=True, exist_ok=True)
    s = Settings(pycxx, work, args.cxx, args.opt)
    rejected: dict[str, int] = {}
    found = 0
    for seed in parse_seeds(args.seeds):
        findings = run_seed(seed, s, args.functions, not args.no_shrink, out, rejected, args.known_defects)
        found += len(findings)
        for f in findings:
            print(f"seed {seed}: {f.kind} in {f.function} (call {f.call}): {f.detail}", flush=True)
        print(f"seed {seed}: {len(findings)} finding(s)", flush=True)
    print_rejected(rejected)
    return 1 if found else 0


def print_rejected(rejected: dict[str, int]) -> None:
    """How many generated functions pycxx check dropped, by diagnostic, most first."""
    if rejected:
        print("functions dropped by pycxx check, by diagnostic: " +
              ", ".join(f"{k} {v}" for k, v in sorted(rejected.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    sys.exit(main())
