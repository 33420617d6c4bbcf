"""End-to-end tests of what issue 11 found in the front end, through the command line: a
non-ASCII module name builds into an importable module (PEP 489's PyInitU_), a keyword is
refused as a module name, diagnostics count columns in characters in every format, and
hostile inputs (/dev/zero, invalid UTF-8) give one located diagnostic.
"""

from __future__ import annotations

import json
import subprocess
import sys

ADD = "def add(a: int, b: int) -> int:\n    return a + b\n"
# The error is at character 16, byte 18 ('éé' is 4 bytes).
WIDE = "def f() -> int:\n    return 'éé' + 1\n"


def test_non_ascii_module_name_builds_and_imports(pycxx, write, tmp_path):
    write("möd.py", "LIMIT = 7\n" + ADD)  # a constant: set by the Py_mod_exec slot
    run = pycxx("build", "möd.py", "-o", "out")
    assert run.returncode == 0, run.stderr
    done = subprocess.run([sys.executable, "-c", "import möd; print(möd.add(2, 40), möd.LIMIT, möd.__name__)"], cwd=tmp_path / "out",
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "42 7 möd", done.stderr


def test_keyword_module_name_is_refused(pycxx, write):
    write("elif.py", ADD)
    run = pycxx("build", "elif.py")
    assert run.returncode == 1 and "is a Python keyword" in run.stderr


def test_columns_are_characters_in_every_format(pycxx, write):
    write("wide.py", WIDE)
    text = pycxx("check", "wide.py")
    assert text.returncode == 1 and text.stderr.startswith("wide.py:2:12: error:")
    [d] = json.loads(pycxx("check", "--diagnostics-format=json", "wide.py").stdout)
    assert (d["line"], d["column"], d["end_column"]) == (2, 12, 20)
    sarif = json.loads(pycxx("check", "--diagnostics-format=sarif", "wide.py").stdout)
    assert sarif["runs"][0]["columnKind"] == "unicodeCodePoints"
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (12, 20)


def test_dev_zero_is_one_diagnostic(pycxx):
    run = pycxx("check", "/dev/zero")
    assert run.returncode == 1
    assert "/dev/zero:1:1: error: source code cannot contain null bytes [SyntaxError]" in run.stderr


def test_invalid_utf8_is_located(pycxx, tmp_path):
    (tmp_path / "bad.py").write_bytes(b"x = 1\ny = '\xed\xa0\x80'\n")
    run = pycxx("check", "bad.py")
    assert run.returncode == 1
    assert run.stderr.startswith("bad.py:2:6: error: Non-UTF-8 code starting with '\\xed'")


def test_the_longest_accepted_chains_build(pycxx, write, tmp_path):
    # Code that `pycxx check` accepts must build: clang's default limit of 256 nested brackets
    # is far below the parser's limit of 1,000 chained terms, so the driver raises it (toolchain.cpp).
    terms = 999
    write("chains.py", "def every(a: bool) -> bool:\n    return " + " and ".join(["a"] * terms) + "\n\n\n"
          "def ordered(x: int) -> bool:\n    return " + " <= ".join(["x"] * terms) + "\n")
    run = pycxx("build", "chains.py", "-o", "out")
    assert run.returncode == 0, run.stderr
    done = subprocess.run([sys.executable, "-c", "import chains; print(chains.every(True), chains.every(False), chains.ordered(3))"],
                          cwd=tmp_path / "out", capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "True False True", done.stderr
    write("deeper.py", "def f(x: int) -> int:\n    return " + " + ".join(["x"] * 1100) + "\n")
    deeper = pycxx("check", "deeper.py")
    assert deeper.returncode == 1 and "too many nested expressions" in deeper.stderr
