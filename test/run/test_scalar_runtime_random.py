"""The scalar runtime (runtime/pycxx/scalar/) against CPython on random operands: builds
scalar_probe/scalar_probe.cpp with the system C++ compiler and the driver's floating-point
flags, sends it thousands of operations (fixed seed) and compares each printed repr, or
exception message, with CPython's. Complements the fixed edge-case tables of test/unit/scalar."""

import math
import os
import random
import shutil
import struct
import subprocess

import pytest

from harness import COMPLEX_FROM_FLOAT_POW, RUN_DIR

RUNTIME = RUN_DIR.parent.parent / "runtime"


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    cxx = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if not cxx:
        pytest.fail("no C++ compiler: set CXX")
    out = tmp_path_factory.mktemp("scalar_probe") / "scalar_probe"
    command = [cxx, "-std=c++20", "-O2", "-ffp-contract=off", "-Wall", "-Wextra", "-Werror", "-I", str(RUNTIME),
               str(RUN_DIR / "scalar_probe" / "scalar_probe.cpp"), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def cpython(f) -> str:
    try:
        r = f()
    except Exception as e:  # the message is what is compared
        return "E " + str(e)
    return r if isinstance(r, str) else repr(r)


def random_float(rng: random.Random) -> float:
    return rng.choice([
        rng.uniform(-10, 10), rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300), float(rng.randint(-5, 5)),
        rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan]),
    ])


def run(probe, cases):
    lines = [line for line, _ in cases]
    result = subprocess.run([str(probe)], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=120)
    got = result.stdout.splitlines()
    assert len(got) == len(cases), result.stderr
    mismatches = [f"{line}: CPython {want!r}, runtime {have!r}" for (line, want), have in zip(cases, got) if want != have]
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ:\n" + "\n".join(mismatches[:20])


def test_int_true_division(probe):
    rng = random.Random(1)
    cases = []
    for _ in range(5000):
        a = rng.randint(-2**63, 2**63 - 1) >> rng.randint(0, 62)
        b = rng.randint(-2**63, 2**63 - 1) >> rng.randint(0, 62)
        cases.append((f"int_truediv {a} {b}", cpython(lambda: a / b)))
    run(probe, cases)


def test_float_operators(probe):
    rng = random.Random(2)
    cases = []
    for _ in range(5000):
        x, y = random_float(rng), random_float(rng)
        cases.append((f"float_mod_floordiv {x.hex()} {y.hex()}", cpython(lambda: f"{x % y!r} {x // y!r}")))
        n = rng.randint(-20, 20)
        cases.append((f"float_round {x.hex()} {n}", cpython(lambda: round(x, n))))
        y = rng.choice([y, float(rng.randint(-5, 5)), rng.uniform(-3, 3)])
        want = cpython(lambda: x ** y)
        if want.startswith("(") or want.endswith("j") or want == "E complex exponentiation":
            want = "E " + COMPLEX_FROM_FLOAT_POW  # CPython went complex: pycxx's documented ValueError
        cases.append((f"float_pow {x.hex()} {y.hex()}", want))
    run(probe, cases)


def test_complex_operators(probe):
    rng = random.Random(3)
    cases = []
    for _ in range(6000):
        a, b, c, d = (random_float(rng) for _ in range(4))
        if rng.random() < 0.3:  # integral real exponents take CPython's repeated-multiplication path
            c, d = float(rng.randint(-101, 101)), 0.0
        x, y = complex(a, b), complex(c, d)
        op, f = rng.choice([("complex_truediv", lambda: x / y), ("complex_pow", lambda: x ** y),
                            ("complex_mul", lambda: x * y)])
        cases.append((f"{op} {a.hex()} {b.hex()} {c.hex()} {d.hex()}", cpython(f)))
    run(probe, cases)


def test_float_repr(probe):
    rng = random.Random(4)
    cases = []
    for _ in range(10000):
        v = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        cases.append((f"float_repr {v.hex()}", repr(v)))
    run(probe, cases)
