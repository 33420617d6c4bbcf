"""Every .py file of the installed CPython standard library, parsed by pycxx
(dump_ast_json, through $PYCXX_DUMP_AST_JSON) and by CPython's own `ast`, must give the
same tree as JSON (docs/ast_json.md) for at least 99% of the files CPython parses, every
other file being listed in EXCEPTIONS with its reason; every file CPython rejects must be
rejected by pycxx too. The parse time of the whole library is printed, not asserted.
"""
import os
import sysconfig
from concurrent.futures import ProcessPoolExecutor

import pytest

from ast_reference import compare_one, pycxx_dump_lines

# Files whose trees may differ, relative to the stdlib folder, with the reason.
LEGACY_ENCODING = "a legacy source encoding: SourceFile decodes UTF-8 and Latin-1 only, and says so"
EXCEPTIONS = {
    "test/encoded_modules/module_koi8_r.py": LEGACY_ENCODING,
    "test/test_source_encoding.py": LEGACY_ENCODING,
    "turtledemo/clock.py": LEGACY_ENCODING,
}

# Files CPython rejects that pycxx still accepts, with the reason.
ACCEPTED_EXCEPTIONS: dict[str, str] = {}  # files CPython rejects that pycxx accepts: none


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages", "__pycache__"))
        files.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith(".py"))
    return root, files


@pytest.fixture(scope="module")
def comparison():
    if "PYCXX_DUMP_AST_JSON" not in os.environ:
        pytest.skip("PYCXX_DUMP_AST_JSON is not set (run through ctest)")
    root, files = stdlib_files()
    lines, timing = pycxx_dump_lines(files)
    # Each worker parses with CPython and compares, so no tree crosses processes.
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = dict(zip(files, pool.map(compare_one, [(f, lines[f]) for f in files], chunksize=8)))
    return root, files, results, timing


def test_cpython_rejects_are_rejected(comparison):
    root, files, results, _ = comparison
    rejected = [f for f in files if not results[f][0]]
    assert rejected, "the standard library's bad-syntax test files should be among the inputs"
    accepted = [os.path.relpath(f, root) for f in rejected if results[f][1]]
    assert [f for f in accepted if f not in ACCEPTED_EXCEPTIONS] == [], "pycxx accepts files CPython rejects"


def test_trees_agree(comparison):
    root, files, results, timing = comparison
    parsed = [f for f in files if results[f][0]]
    differing = {os.path.relpath(f, root): results[f][2] for f in parsed if results[f][2] is not None}
    agree = 1 - len(differing) / len(parsed)
    print(f"\nstdlib AST agreement: {len(parsed) - len(differing)}/{len(parsed)} files ({100 * agree:.2f}%)")
    print(f"pycxx {timing}")
    unexpected = {f: why for f, why in differing.items() if f not in EXCEPTIONS}
    for f, why in sorted(unexpected.items()):
        print(f"  {f}: {why}")
    assert agree >= 0.99
    assert unexpected == {}
