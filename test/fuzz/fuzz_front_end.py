#!/usr/bin/env python3
"""A seeded mutation fuzzer of pycxx's front end (lexer, parser, sema) through `pycxx check`.

It mutates stdlib sources (byte flips, cuts, splices, repeated and deeply nested tokens,
encodings, NUL bytes) and checks each result, and it grows families of large inputs to
catch quadratic time. A failure is: a crash (a signal), exit status 2 (an internal error),
an exit status other than 0/1, no diagnostic with status 1, a hang, or time that grows
faster than about linearly. Failing inputs are kept (--keep DIR) with the command to rerun.

    PYCXX=build/compiler/driver/pycxx test/fuzz/fuzz_front_end.py --seconds 90 --seed 1
    test/fuzz/long_run.sh            # hours, a fresh seed each round

The same seed gives the same inputs, so a failure in CI reproduces with its seed.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

# Snippets that stress the tokenizer and parser where they are most intricate.
TOKENS = [
    "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "@",
    "lambda", "lambda x:", "yield", "await", "async", "def", "class", "if", "elif", "else", "for", "in",
    "while", "try:", "except", "finally:", "with", "match", "case", "global x", "nonlocal x", "return",
    "break", "continue", "del", "not", "and", "or", "is not", "__debug__", "\\\n", "\t", "\n", "\r", "\f",
    "    ", "#", "'", '"', "'''", '"""', "f'", "f'{", "}'", "rb'", "b'\\x", "'\\N{", "0x", "0b1_", "1e", "1j",
    "9223372036854775808", "-9223372036854775808", "é", "€", "\u00a0", "\ufeff", "𝔘", "x", "_", "0",
]

# Families of inputs grown to measure how time scales: (name, function of n -> source).
SCALING = [
    ("locals", lambda n: "def f() -> int:\n" + "".join(f"    v{i} = {i}\n" for i in range(n)) + "    return v0\n"),
    ("functions", lambda n: "".join(f"def f{i}(a: int) -> int:\n    return a + {i}\n" for i in range(n))),
    ("statements", lambda n: "def f(a: int) -> int:\n" + "    a = a + 1\n" * n + "    return a\n"),
    ("elif", lambda n: "def f(a: int) -> int:\n    if a == 0:\n        return 0\n"
     + "".join(f"    elif a == {i}:\n        return {i}\n" for i in range(1, min(n, 1500))) + "    return -1\n"),
    ("long_line", lambda n: "x = [" + "1, " * n + "]\n"),
    ("string", lambda n: "x = '" + "ab\\n" * n + "'\n"),
    ("comment", lambda n: "#" + "x" * (n * 8) + "\nx = 1\n"),
    ("hex", lambda n: "x = 0x" + "f" * n + "\n"),
    ("calls", lambda n: "def g(a: int) -> int:\n    return a\ndef f(a: int) -> int:\n"
     + "".join("    a = g(a)\n" for _ in range(n)) + "    return a\n"),
]


def stdlib_sources(limit_bytes: int) -> list[Path]:
    root = Path(sysconfig.get_paths()["stdlib"])
    files = [p for p in sorted(root.glob("*.py")) if p.stat().st_size <= limit_bytes]
    files += [p for p in sorted(root.glob("json/*.py")) if p.stat().st_size <= limit_bytes]
    return files


def mutate(rng: random.Random, data: bytes, corpus: list[bytes]) -> bytes:
    """One to four random edits of `data`."""
    for _ in range(rng.randint(1, 4)):
        n = len(data)
        pos = rng.randrange(n + 1)
        choice = rng.randrange(12)
        if choice == 0 and n:  # flip a byte
            data = data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1:]
        elif choice == 1 and n:  # cut a span
            data = data[:pos] + data[pos + rng.randint(1, 64):]
        elif choice == 2:  # a token
            data = data[:pos] + rng.choice(TOKENS).encode() + data[pos:]
        elif choice == 3:  # a token repeated: depth and length
            token = rng.choice(TOKENS + ["(", "[", "-", "not ", "a and ", "a < ", "x.", "if x:\n" + " " * 4])
            data = data[:pos] + (token * rng.choice([10, 100, 1000, 5000])).encode() + data[pos:]
        elif choice == 4:  # truncate
            data = data[:pos]
        elif choice == 5 and n:  # duplicate a span
            end = min(n, pos + rng.randint(1, 400))
            data = data[:end] + data[pos:end] + data[end:]
        elif choice == 6:  # splice lines of another file
            other = rng.choice(corpus).splitlines(keepends=True)
            if other:
                a = rng.randrange(len(other))
                data = data[:pos] + b"".join(other[a:a + rng.randint(1, 30)]) + data[pos:]
        elif choice == 7:  # swap two lines
            lines = data.splitlines(keepends=True)
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = b"".join(lines)
        elif choice == 8:  # re-indent a line
            lines = data.splitlines(keepends=True)
            if lines:
                i = rng.randrange(len(lines))
                lines[i] = rng.choice([b"", b" ", b"\t", b"        ", b" \t"]) + lines[i].lstrip(b" \t")
                data = b"".join(lines)
        elif choice == 9:  # an encoding cookie or invalid UTF-8
            data = rng.choice([b"# -*- coding: latin-1 -*-\n", b"# coding: utf-8\n", b"\xef\xbb\xbf", b"# coding=bogus\n",
                               b"\xed\xa0\x80", b"\xff", b"\xc0\xaf"]) + data
        elif choice == 10 and rng.random() < 0.2:  # a NUL byte (rarely: it ends the file)
            data = data[:pos] + b"\0" + data[pos:]
        elif choice == 11 and n:  # a byte flipped to a bracket or quote
            data = data[:pos] + rng.choice([b"(", b")", b"'", b'"', b":", b"\n"]) + data[pos + 1:]
    return data


class Checker:
    def __init__(self, pycxx: str, workdir: Path, keep: Path | None, timeout: float):
        self.pycxx, self.workdir, self.keep, self.timeout = pycxx, workdir, keep, timeout
        self.failures: list[str] = []
        self.runs = 0

    def run(self, paths: list[Path]) -> tuple[int | None, float, str]:
        start = time.monotonic()
        try:
            proc = subprocess.run([self.pycxx, "check", "--diagnostics-format=json", *map(str, paths)],
                                  capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            return None, time.monotonic() - start, "timed out"
        self.runs += 1
        return proc.returncode, time.monotonic() - start, (proc.stdout + proc.stderr).decode("utf-8", "replace")

    def problem(self, code: int | None, output: str) -> str | None:
        if code is None:
            return f"hang (> {self.timeout:.0f} s)"
        if code < 0:
            return f"crash (signal {-code})"
        if code not in (0, 1):
            return f"exit status {code}: {output[-400:]}"
        if code == 1 and '"id"' not in output:
            return f"exit status 1 without a diagnostic: {output[-400:]}"
        return None

    def fail(self, what: str, data: bytes, label: str) -> None:
        message = f"{label}: {what}"
        if self.keep:
            self.keep.mkdir(parents=True, exist_ok=True)
            kept = self.keep / f"failure_{len(self.failures)}.py"
            kept.write_bytes(data)
            message += f"\n    input kept: {kept} (rerun: {self.pycxx} check {kept})"
        self.failures.append(message)
        print("FAIL", message, flush=True)

    def batch(self, inputs: list[tuple[str, bytes]]) -> None:
        """Checks several inputs with one process; on a problem, each alone to name the culprit."""
        paths = []
        for i, (_, data) in enumerate(inputs):
            path = self.workdir / f"m{i}.py"
            path.write_bytes(data)
            paths.append(path)
        code, _, output = self.run(paths)
        if self.problem(code, output) is None:
            return
        for (label, data), path in zip(inputs, paths):
            code, _, output = self.run([path])
            if (what := self.problem(code, output)) is not None:
                self.fail(what, data, label)


def scaling(checker: Checker, deadline: float) -> None:
    """Time grows about linearly: 8x the input may take at most ~20x the time (quadratic: 64x)."""
    for name, make in SCALING:
        if time.monotonic() > deadline:
            return
        timings = []
        for n in (2000, 16000):
            data = make(n).encode()
            path = checker.workdir / "scale.py"
            path.write_bytes(data)
            best = min(checker.run([path])[1] for _ in range(2))
            code, _, output = checker.run([path])
            if (what := checker.problem(code, output)) is not None:
                checker.fail(what, data, f"scaling {name} n={n}")
            timings.append(best)
        small, large = timings
        print(f"scaling {name}: {small:.3f} s -> {large:.3f} s", flush=True)
        if large > 1.0 and large > 20 * max(small, 0.02):
            checker.fail(f"time grows faster than linearly: {small:.3f} s at n=2000, {large:.3f} s at n=16000",
                         make(16000).encode(), f"scaling {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pycxx", default=os.environ.get("PYCXX", "pycxx"))
    parser.add_argument("--seconds", type=float, default=90, help="time budget of the mutation loop")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=16, help="inputs per pycxx process")
    parser.add_argument("--timeout", type=float, default=20, help="seconds before a run counts as a hang")
    parser.add_argument("--keep", type=Path, help="folder to keep failing inputs in")
    parser.add_argument("--max-file", type=int, default=40000, help="largest stdlib file to mutate (bytes)")
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    corpus_files = stdlib_sources(args.max_file)
    corpus = [p.read_bytes() for p in corpus_files]
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pycxx_fuzz_") as tmp:
        checker = Checker(args.pycxx, Path(tmp), args.keep, args.timeout)
        if not args.no_scaling:
            scaling(checker, start + args.seconds / 2)
        deadline = start + args.seconds
        inputs = 0
        while time.monotonic() < deadline:
            batch = []
            for _ in range(args.batch):
                k = rng.randrange(len(corpus))
                batch.append((f"seed {args.seed} input {inputs} from {corpus_files[k].name}", mutate(rng, corpus[k], corpus)))
                inputs += 1
            checker.batch(batch)
        print(f"{inputs} mutated inputs, {checker.runs} runs of pycxx check, seed {args.seed}: "
              f"{len(checker.failures)} failures")
    for failure in checker.failures:
        print("FAIL", failure)
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
