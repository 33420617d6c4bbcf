#!/usr/bin/env python3
"""Checks that every file a source comment names exists, so that comments cannot keep
pointing at files that were renamed or removed (run by ctest: check_comment_paths).

A name counts when a comment (// or # to the end of the line, in the C++, .def, CMake,
Python and shell sources of the tree) holds a word ending in a source extension. It exists
when it resolves relative to the commenting file's folder, or when some file of the tree
has a path ending in it (runtime/pycxx/scalar/format.hpp for `scalar/format.hpp`); a bare
file name exists when a file of that name is anywhere in the tree. Names that are not
files of this repository (the C++ standard library's, CPython's, numpy's) are listed in
EXTERNAL. Exit status 1 with one line per missing name, 0 when all exist.

Usage: check_comment_paths.py [repository root]
"""
import os
import re
import sys

SOURCE_SUFFIXES = (".cpp", ".hpp", ".h", ".def", ".py", ".cmake", ".sh", ".txt", ".toml")
SKIP_DIRS = {".git", "build", "__pycache__", ".pytest_cache", "node_modules"}
# Files that comments name which live outside this repository.
EXTERNAL = {
    "Python.h", "numpy/arrayobject.h", "ndarrayobject.h", "arrayobject.h", "pyport.h", "object.h",
    "ufuncobject.h", "npy_math.h", "longobject.c", "floatobject.c", "complexobject.c", "unicodeobject.c",
    "pprint.py", "ircheck.py", "ir/pprint.py", "analysis/ircheck.py", "setup.py", "conftest.py",
    "numeric.py", "fromnumeric.py", "function_base.py", "shape_base.py", "_methods.py",
    "CMakeLists.txt", "pyproject.toml", "test.py", "mod.py", "a.py", "b.py", "m.py", "x.py", "foo.py",
    "my-mod.py", "Lib/heapq.py", "src/mypkg/kernels.py", "source.py", "mod.cpp",
    # generated in the build tree
    "shim_registry_table.cpp", "full_module.cpp", "REGISTRY_OUT.cpp", "SUPPORTED_OUT.md",
}
NAME = re.compile(r"[A-Za-z0-9_./-]*[A-Za-z0-9_]\.(?:cpp|hpp|def|py|cmake|md|toml)\b")


def comment_text(path, line):
    if path.endswith((".py", ".cmake", ".sh", ".txt", ".toml")) or os.path.basename(path) == "run":
        i = line.find("#")
    else:
        i = line.find("//")
    return line[i:] if i >= 0 else ""


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    files, basenames = [], set()
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith("build")]
        for name in names:
            basenames.add(name)
            files.append(os.path.join(folder, name))
    relative = ["/" + os.path.relpath(f, root) for f in files]
    missing = []
    for path in files:
        if not path.endswith(SOURCE_SUFFIXES):
            continue
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(lines, 1):
            for name in NAME.findall(comment_text(path, line)):
                name = name.strip("./")
                if name in EXTERNAL or os.path.basename(name) in EXTERNAL or "://" in line:
                    continue
                if "/" not in name:
                    if name in basenames:
                        continue
                elif os.path.exists(os.path.join(os.path.dirname(path), name)) or any(
                        r.endswith("/" + name) for r in relative):
                    continue  # relative to the file, or to any folder (pycxx/scalar/..., numpy/detail/...)
                missing.append(f"{os.path.relpath(path, root)}:{number}: names {name}, which does not exist")
    for line in missing:
        print(line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
