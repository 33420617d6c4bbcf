"""The long run of the random-program tester: new seeds until the time is up, each module built
and compared with CPython, every finding shrunk to a repro in --out. For a night's run, or
before a release; ctest runs a bounded set of fixed seeds (CMakeLists.txt).

    PYCXX=build/compiler/driver/pycxx python3 test/random_programs/run_long.py --seconds 3600 \\
        [--first-seed N] [--functions 30] [--cxx CMD] [--opt LEVEL] [--out DIR]

Exit status 1 when anything was found."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tester import Settings, print_rejected, run_seed  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seconds", type=float, required=True)
    p.add_argument("--first-seed", type=int, default=int(time.time()) % 1_000_000)
    p.add_argument("--functions", type=int, default=30)
    p.add_argument("--cxx")
    p.add_argument("--opt")
    p.add_argument("--no-shrink", action="store_true")
    p.add_argument("--known-defects", action="store_true", help="also generate what is known to fail (generator.py)")
    p.add_argument("--out", type=Path, default=Path("random_programs_findings"))
    args = p.parse_args()
    pycxx = os.environ.get("PYCXX")
    if not pycxx:
        print("set $PYCXX to the pycxx executable", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    s = Settings(pycxx, Path(tempfile.mkdtemp(prefix="random_programs-")), args.cxx, args.opt)
    deadline = time.monotonic() + args.seconds
    seed, found, modules, calls = args.first_seed, 0, 0, 0
    rejected: dict[str, int] = {}
    while time.monotonic() < deadline:
        findings = run_seed(seed, s, args.functions, not args.no_shrink, args.out, rejected, args.known_defects)
        modules += 1
        found += len(findings)
        for f in findings:
            print(f"seed {seed}: {f.kind} in {f.function} (call {f.call}): {f.detail}", flush=True)
        seed += 1
    print(f"{modules} modules (seeds {args.first_seed}..{seed - 1}), {found} finding(s); repros in {args.out}")
    print_rejected(rejected)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
