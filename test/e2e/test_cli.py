"""The pycxx command line end to end: options, exit statuses (0 ok, 1 user error, 2 internal
error), diagnostics in text/json/sarif, build outputs, -j, the build cache, emit.
Modules are built for the interpreter running the tests and imported in a fresh one.
"""

from __future__ import annotations

import ast
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from conftest import EXT_SUFFIX, SOURCE_DIR, call_in_subprocess

ADD = "def add(a: int, b: int) -> int:\n    return a + b\n"
CLASS = 'x = 1\n\n\nclass Point:\n    """A class: not compiled."""\n\n    y = 2\n'
TWO_CLASSES = "class A:\n    pass\n\n\nclass B:\n    pass\n"
SYNTAX = "def f(a: int) -> int:\n    return a +\n"


def fake_compiler(folder: Path, body: str) -> Path:
    """A shell script standing in for the C++ compiler; calls other than --version are logged."""
    script = folder / "fake-cxx"
    script.write_text(
        "#!/bin/sh\n"
        f'case "$*" in *--version*) ;; *) echo "$*" >> "{folder}/calls.log" ;; esac\n' + body
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def calls(folder: Path) -> list[str]:
    log = folder / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


# --- options


def test_version(pycxx):
    run = pycxx("--version")
    assert run.returncode == 0
    assert re.fullmatch(r"pycxx \d+\.\d+\.\d+\n", run.stdout)


def test_help_lists_commands_and_options(pycxx):
    run = pycxx("--help")
    assert run.returncode == 0
    for word in ["build", "check", "emit", "--diagnostics-format", "--cache-dir", "--cxx", "--opt", "--arch", "--python", "--version"]:
        assert word in run.stdout
    build_help = pycxx("build", "--help")
    assert build_help.returncode == 0 and "--jobs" in build_help.stdout and "--output-dir" in build_help.stdout


def test_usage_errors_exit_1(pycxx, write):
    write("m.py", ADD)
    assert pycxx().returncode == 1  # no subcommand
    assert pycxx("frobnicate").returncode == 1
    assert pycxx("check").returncode == 1  # no file
    assert pycxx("check", "--diagnostics-format=xml", "m.py").returncode == 1
    run = pycxx("build", "--opt=7", "m.py")
    assert run.returncode == 1 and "--opt" in run.stderr


# --- diagnostics, exit status 1


def test_unsupported_construct_text_diagnostic(pycxx, write):
    write("shapes.py", CLASS)
    run = pycxx("check", "shapes.py")
    assert run.returncode == 1
    assert re.search(r"^shapes\.py:4:1: error: .+ \[UnsupportedClass\]$", run.stderr, re.M), run.stderr
    lines = run.stderr.splitlines()
    at = next(i for i, line in enumerate(lines) if "[UnsupportedClass]" in line)
    assert lines[at + 1].strip() == "class Point:"
    assert lines[at + 2].strip().startswith("^")
    assert "\x1b[" not in run.stderr  # no colour in a pipe


def test_every_error_of_a_file_in_one_run(pycxx, write):
    write("two.py", TWO_CLASSES)
    run = pycxx("check", "two.py")
    assert run.returncode == 1
    assert re.search(r"^two\.py:1:1: .*\[UnsupportedClass\]", run.stderr, re.M)
    assert re.search(r"^two\.py:5:1: .*\[UnsupportedClass\]", run.stderr, re.M)


def test_syntax_error(pycxx, write):
    write("broken.py", SYNTAX)
    for command in (["check"], ["build"], ["emit"], ["emit", "--ast-json"]):
        run = pycxx(*command, "broken.py")
        assert run.returncode == 1, (command, run.stderr)
        assert re.search(r"^broken\.py:2:\d+: error: .+ \[SyntaxError\]$", run.stderr, re.M), (command, run.stderr)
        assert "    ^" in run.stderr or re.search(r"^\s+\^", run.stderr, re.M)


def test_json_diagnostics(pycxx, write):
    write("shapes.py", CLASS)
    write("m.py", ADD)
    run = pycxx("check", "--diagnostics-format=json", "m.py", "shapes.py")
    assert run.returncode == 1
    diagnostics = json.loads(run.stdout)
    assert [(d["file"], d["line"], d["column"], d["severity"], d["id"]) for d in diagnostics if d["severity"] == "error"] == [
        ("shapes.py", 4, 1, "error", "UnsupportedClass")
    ]
    clean = pycxx("check", "m.py", "--diagnostics-format=json")
    assert clean.returncode == 0 and json.loads(clean.stdout) == []


def test_sarif_diagnostics(pycxx, write):
    write("shapes.py", CLASS)
    run = pycxx("check", "--diagnostics-format=sarif", "shapes.py")
    assert run.returncode == 1
    sarif = json.loads(run.stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["UnsupportedClass"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (4, 1)


def test_unreadable_and_misnamed_files(pycxx, write):
    run = pycxx("check", "missing.py")
    assert run.returncode == 1 and "missing.py: error:" in run.stderr and "[SourceUnreadable]" in run.stderr
    write("my-module.py", ADD)
    run = pycxx("build", "my-module.py")
    assert run.returncode == 1 and "not a valid module name" in run.stderr
    write("notes.txt", ADD)
    assert pycxx("build", "notes.txt").returncode == 1


# --- build


def test_build_writes_module_and_stub_to_output_dir(pycxx, write, tmp_path):
    write("src/arith.py", ADD)
    run = pycxx("build", "src/arith.py", "-o", "out")
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and run.stdout == ""  # quiet in a pipe
    assert (tmp_path / "out" / f"arith{EXT_SUFFIX}").is_file()
    stub = (tmp_path / "out" / "arith.pyi").read_text()
    assert "def add(" in stub
    assert call_in_subprocess(tmp_path / "out", "import arith; print(arith.add(2, 40), arith.__file__)") == (
        f"42 {tmp_path / 'out' / ('arith' + EXT_SUFFIX)}"
    )


def test_build_defaults_to_the_source_folder(pycxx, write, tmp_path):
    write("pkg/arith.py", ADD)
    run = pycxx("build", "pkg/arith.py")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "pkg" / f"arith{EXT_SUFFIX}").is_file() and (tmp_path / "pkg" / "arith.pyi").is_file()


def test_parallel_build_of_several_modules(pycxx, write, tmp_path):
    names = ["one", "two", "three"]
    for i, name in enumerate(names):
        write(f"{name}.py", f"def value(x: int) -> int:\n    return x * {i + 2}\n")
    run = pycxx("build", *[f"{n}.py" for n in names], "-o", "out", "-j", "2")
    assert run.returncode == 0, run.stderr
    printed = call_in_subprocess(tmp_path / "out", "import one, two, three; print(one.value(10), two.value(10), three.value(10))")
    assert printed == "20 30 40"


def test_a_file_with_errors_does_not_stop_the_others(pycxx, write, tmp_path):
    write("good.py", ADD)
    write("shapes.py", CLASS)
    run = pycxx("build", "good.py", "shapes.py", "-o", "out", "-j", "2")
    assert run.returncode == 1 and "[UnsupportedClass]" in run.stderr
    assert (tmp_path / "out" / f"good{EXT_SUFFIX}").is_file()
    assert not (tmp_path / "out" / f"shapes{EXT_SUFFIX}").exists()


def test_second_build_hits_the_cache(pycxx, write, tmp_path):
    cxx = fake_compiler(tmp_path, 'exec c++ "$@"\n')
    write("arith.py", ADD)
    first = pycxx("build", "arith.py", "-o", "out", "--cxx", str(cxx), cache=tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    assert len(calls(tmp_path)) == 1
    (tmp_path / "out" / f"arith{EXT_SUFFIX}").unlink()
    second = pycxx("build", "arith.py", "-o", "out", "--cxx", str(cxx), "-v", cache=tmp_path / "cache")
    assert second.returncode == 0, second.stderr
    assert len(calls(tmp_path)) == 1  # the compiler was not run again
    assert "cache hit" in second.stderr
    assert call_in_subprocess(tmp_path / "out", "import arith; print(arith.add(1, 2))") == "3"
    # A different optimisation level is a different module: compiled again.
    third = pycxx("build", "arith.py", "-o", "out", "--cxx", str(cxx), "--opt=1", cache=tmp_path / "cache")
    assert third.returncode == 0 and len(calls(tmp_path)) == 2
    assert "-O1" in calls(tmp_path)[-1]


def test_codegen_flags(pycxx, write, tmp_path):
    cxx = fake_compiler(tmp_path, 'exec c++ "$@"\n')
    write("arith.py", ADD)
    assert pycxx("build", "arith.py", "--cxx", str(cxx), "--arch=portable", cache=tmp_path / "cache").returncode == 0
    flags = calls(tmp_path)[-1].split()
    for flag in ["-std=c++20", "-shared", "-fPIC", "-fvisibility=hidden", "-ffp-contract=off", "-O2"]:
        assert flag in flags
    assert not any(f.startswith("-march") for f in flags)
    assert pycxx("build", "arith.py", "--cxx", str(cxx), "--opt=3", cache=tmp_path / "cache").returncode == 0
    assert "-march=native" in calls(tmp_path)[-1].split() and "-O3" in calls(tmp_path)[-1].split()


def test_cxx_environment_variable(pycxx, write, tmp_path):
    cxx = fake_compiler(tmp_path, 'exec c++ "$@"\n')
    write("arith.py", ADD)
    run = pycxx("build", "arith.py", env={**os.environ, "CXX": str(cxx)}, cache=tmp_path / "cache")
    assert run.returncode == 0 and len(calls(tmp_path)) == 1


# --- internal errors, exit status 2


def test_cxx_failure_is_an_internal_error_naming_the_kept_cpp(pycxx, write, tmp_path):
    noise = "error: a wall of template errors that users must never see"
    cxx = fake_compiler(tmp_path, f'echo "{noise}" >&2\nexit 1\n')
    write("arith.py", ADD)
    run = pycxx("build", "arith.py", "-o", "out", "--cxx", str(cxx), cache=tmp_path / "cache")
    assert run.returncode == 2
    assert noise not in run.stderr and noise not in run.stdout
    kept = re.search(r"generated C\+\+: (\S+\.cpp)$", run.stderr, re.M)
    log = re.search(r"compiler log:\s+(\S+)$", run.stderr, re.M)
    assert kept and log, run.stderr
    assert Path(kept.group(1)).stat().st_size > 0
    assert noise in Path(log.group(1)).read_text()
    assert "report" in run.stderr
    assert len(run.stderr.splitlines()) <= 6
    assert not (tmp_path / "out" / f"arith{EXT_SUFFIX}").exists()


def test_missing_compiler_is_a_user_error(pycxx, write):
    write("arith.py", ADD)
    run = pycxx("build", "arith.py", "--cxx", "/nonexistent/c++")
    assert run.returncode == 1 and "/nonexistent/c++" in run.stderr


def test_missing_interpreter_is_a_user_error(pycxx_exe, write, tmp_path):
    import subprocess

    write("arith.py", ADD)
    run = subprocess.run([pycxx_exe, "build", "arith.py", "--python", "/nonexistent/python3", "--cache-dir", "c"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1 and "/nonexistent/python3" in run.stderr


# --- emit


def test_emit_is_deterministic_with_line_directives(pycxx, write):
    write("integrate.py", (SOURCE_DIR / "examples" / "integrate.py").read_text())
    first, second = pycxx("emit", "integrate.py"), pycxx("emit", "integrate.py")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert re.search(r'^#line \d+ ".*integrate\.py"$', first.stdout, re.M)
    plain = pycxx("emit", "--no-line-directives", "integrate.py")
    assert plain.returncode == 0 and "#line" not in plain.stdout


def python_ast_json(node: Any) -> Any:
    """CPython's ast in the JSON form `pycxx emit --ast-json` prints (docs/ast_json.md)."""
    if isinstance(node, ast.AST):
        out: dict[str, Any] = {"_type": type(node).__name__}
        for field in node._fields:
            value = getattr(node, field, None)
            out[field] = constant_json(value) if isinstance(node, ast.Constant) and field == "value" else python_ast_json(value)
        for attribute in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, attribute):
                out[attribute] = getattr(node, attribute)
        return out
    if isinstance(node, list):
        return [python_ast_json(item) for item in node]
    return node


def constant_json(value: Any) -> Any:
    if value is Ellipsis:
        return {"Ellipsis": True}
    if isinstance(value, complex):
        return {"complex": [value.real, value.imag]}
    if isinstance(value, bytes):
        return {"bytes": list(value)}
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return "nan" if value != value else ("inf" if value > 0 else "-inf")
    return value


def test_emit_ast_json_matches_python_ast(pycxx, write):
    source = (
        '"""Docstring."""\nimport math\nfrom math import sqrt as root\n\nLIMIT: int = 10 ** 3\n\n\n'
        "def norm(x: float, y: float = 2.5, *, scale: float = 1e-3) -> float:\n"
        "    total = 0.0\n    for i in range(LIMIT):\n        if i % 2 == 0 and not x < i <= y:\n"
        "            total += root(x * x + y * y) * scale\n        elif i == 3:\n            break\n"
        "        else:\n            continue\n    a, b = (1, -2)\n    z = 3j if a else b'\\x00'\n"
        '    return total if total else -math.pi  # comment\n'
    )
    write("sample.py", source)
    run = pycxx("emit", "--ast-json", "sample.py")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == python_ast_json(ast.parse(source))


def test_precompiled_prelude_is_built_once_and_then_used(pycxx, write, tmp_path):
    import subprocess

    if "Free Software Foundation" not in subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout:
        import pytest

        pytest.skip("precompiled headers are used with GCC only")
    cxx = fake_compiler(tmp_path, 'exec c++ "$@"\n')
    for i in range(3):  # different modules with the same prelude, in separate runs
        write(f"m{i}.py", f"def value() -> int:\n    return {i}\n")
        run = pycxx("build", f"m{i}.py", "-o", "out", "--cxx", str(cxx), cache=tmp_path / "cache")
        assert run.returncode == 0, run.stderr
    log = calls(tmp_path)
    headers = [c for c in log if "c++-header" in c]
    assert len(headers) == 1  # precompiled at the second sight, once
    assert "-include" not in log[0] and "-include" in log[-1]
    assert list((tmp_path / "cache" / "pch").glob("*/prelude.hpp.gch"))
    assert call_in_subprocess(tmp_path / "out", "import m2; print(m2.value())") == "2"


def test_interpreter_is_asked_once(pycxx_exe, write, tmp_path):
    import subprocess
    import sys

    python = tmp_path / "logging-python"
    python.write_text(f'#!/bin/sh\necho "$@" >> "{tmp_path}/python-calls.log"\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    write("arith.py", ADD)
    for _ in range(2):
        run = subprocess.run([pycxx_exe, "build", "arith.py", "--python", str(python), "--cache-dir", "cache"],
                             cwd=tmp_path, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    log = (tmp_path / "python-calls.log").read_text().splitlines()
    assert len([line for line in log if line.startswith("-c ")]) == 1  # the query (a multi-line script)

