"""ctest shims.throwaway_shim_registry / shims.throwaway_shim_build: adding a Python function
is adding one header. A throwaway shim, math.pycxx_test_twice, is written into a temporary
copy of the tree; the registry rebuilt there lists it (and nothing else changed), and with
--build-module the copied tree's own pycxx compiles a module calling it, which CPython
then imports and runs. No file outside stdlib_shims/ is touched."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from shim_tree import arguments, copy_tree, registry_rows, run_shimscan

SHIM = """// math.pycxx_test_twice(x): a throwaway shim written by test/shims/throwaway_shim_test.py.
#pragma once

#include "pycxx_shim.hpp"

namespace pycxx::shims::math {

PYCXX_SHIM("math", "pycxx_test_twice") PYCXX_POSITIONAL_ONLY
inline double pycxx_test_twice(double x, double factor = 2.0) { return x * factor; }

}  // namespace pycxx::shims::math
"""

MODULE = """import math


def twice(x: float) -> float:
    return math.pycxx_test_twice(x)
"""

SKIP = 77  # ctest's SKIP_RETURN_CODE for this test


def registry_half(args, temp):
    before_tree = temp / "before"
    copy_tree(args.source_dir, before_tree)
    code, stderr, table, _ = run_shimscan(args, before_tree)
    assert code == 0, stderr
    before = registry_rows(args, before_tree, table)

    tree = temp / "after"
    copy_tree(args.source_dir, tree)
    (tree / "stdlib_shims/math/pycxx_test_twice.hpp").write_text(SHIM)
    code, stderr, table, docs = run_shimscan(args, tree)
    assert code == 0, stderr
    after = registry_rows(args, tree, table)

    added = sorted(set(after) - set(before))
    expected = ("math.pycxx_test_twice | pycxx_test_twice(x: float, factor: float = 2.0, /) -> float | "
                "Signature | pycxx::shims::math::pycxx_test_twice | math/pycxx_test_twice.hpp")
    assert added == [expected], "registry rows added: %r" % added
    assert set(before) <= set(after), "rows disappeared: %r" % sorted(set(before) - set(after))
    assert "`math.pycxx_test_twice`" in docs.read_text(), "docs/supported.md lacks the new shim"
    print("ok: the rebuilt registry has the new row:\n  " + expected)

    # What generated code does with the row: include its header, call its C++ entity.
    _, _, _, cpp_entity, header = [field.strip() for field in added[0].split("|")]
    call = tree / "call_twice.cpp"
    call.write_text('#include "%s"\nint main() { return %s(2.5) == 5.0 ? 0 : 1; }\n' % (header, cpp_entity))
    program = tree / "call_twice"
    subprocess.run([args.cxx, "-std=c++20", "-I" + str(tree / "stdlib_shims"), "-I" + str(tree / "runtime"),
                    str(call), "-o", str(program)], check=True)
    subprocess.run([str(program)], check=True)
    print("ok: a C++ call built from the row (#include \"%s\", %s(2.5)) compiles and returns 5.0" % (header, cpp_entity))


def build_half(args, temp):
    """The whole repository copied, the throwaway header added, pycxx rebuilt there, and a
    module calling math.pycxx_test_twice compiled by it and run under CPython."""
    tree = temp / "repo"
    def ignore(directory, names):  # build folders at the top only: compiler/driver/build_cache.cpp is source
        top = pathlib.Path(directory) == args.source_dir
        return [n for n in names if n in (".git", "__pycache__") or n.endswith(".so") or (top and n.startswith("build"))]

    shutil.copytree(args.source_dir, tree, ignore=ignore)
    (tree / "stdlib_shims/math/pycxx_test_twice.hpp").write_text(SHIM)
    build = temp / "build"
    subprocess.run(["cmake", "-S", str(tree), "-B", str(build), "-G", "Ninja", "-DPYCXX_BUILD_TESTS=OFF"], check=True)
    subprocess.run(["cmake", "--build", str(build), "--target", "pycxx", "-j2"], check=True)
    pycxx = next(p for p in build.rglob("pycxx") if p.is_file() and os.access(p, os.X_OK))
    module_dir = temp / "module"
    module_dir.mkdir()
    (module_dir / "throwaway_mod.py").write_text(MODULE)
    subprocess.run([str(pycxx), "build", str(module_dir / "throwaway_mod.py"), "-o", str(module_dir)], check=True)
    check = "import throwaway_mod; assert throwaway_mod.twice(2.5) == 5.0; print(throwaway_mod.__file__)"
    out = subprocess.run([sys.executable, "-c", check], cwd=module_dir, check=True, capture_output=True, text=True)
    assert not out.stdout.strip().endswith(".py"), "imported the .py, not the compiled module"
    print("ok: pycxx compiled a call to math.pycxx_test_twice: " + out.stdout.strip())


def main():
    args = arguments()
    build_module = args.build_module
    with tempfile.TemporaryDirectory() as temp:
        if not build_module:
            registry_half(args, pathlib.Path(temp))
            return 0
        if not args.with_driver:
            print("SKIPPED: the pycxx executable is not built in this tree yet (its CMake target `pycxx` "
                  "does not exist: the driver/sema pieces are not in), so a module cannot be compiled")
            return SKIP
        build_half(args, pathlib.Path(temp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
