"""Shared by the shim mechanism tests: a temporary copy of the tree parts the shim registry
is built from (stdlib_shims/, runtime/, compiler/shimscan/), the shimscan run over it, and
a rebuild of the registry from that copy into a small program that prints every row."""
import argparse
import pathlib
import shlex
import shutil
import subprocess

PRINT_REGISTRY = r"""
#include <iostream>
#include "compiler/shimscan/shim_registry.hpp"
int main() {
  for (const auto& s : pycxx::shims::all_shims())
    std::cout << s.module << "." << s.name << " | " << s.python_signature << " | "
              << pycxx::shims::typing_rule_name(s.rule) << " | " << s.cpp_entity << " | " << s.header << "\n";
}
"""


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shimscan", required=True)
    parser.add_argument("--source-dir", required=True, type=pathlib.Path)
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--clang-args", default="")
    parser.add_argument("--with-driver", action="store_true")
    parser.add_argument("--build-module", action="store_true")
    return parser.parse_args()


def copy_tree(source, destination):
    """The parts of the repository the registry is generated and compiled from."""
    for part in ["stdlib_shims", "runtime", "compiler/shimscan"]:
        shutil.copytree(source / part, destination / part)


def clang_args(args):
    # test/shims/CMakeLists.txt hands the list over as one `|`-separated string.
    return [a for a in args.clang_args.split("|") if a]


def run_shimscan(args, tree):
    """Runs the tool over tree/stdlib_shims; returns (returncode, stderr, table path, docs path)."""
    table = tree / "shim_registry_table.cpp"
    docs = tree / "supported.md"
    command = [args.shimscan, str(tree / "stdlib_shims"), str(table), str(docs)]
    command += [a.replace(str(args.source_dir / "runtime"), str(tree / "runtime")) for a in clang_args(args)]
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, done.stderr, table, docs


def registry_rows(args, tree, table):
    """Compiles the generated table with the registry's lookups and returns its rows."""
    main = tree / "print_registry.cpp"
    main.write_text(PRINT_REGISTRY)
    program = tree / "print_registry"
    command = [args.cxx, "-std=c++20", "-I" + str(tree), str(table),
               str(tree / "compiler/shimscan/registry_lookup.cpp"), str(main), "-o", str(program)]
    subprocess.run(command, check=True)
    out = subprocess.run([str(program)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()


def quoted(command):
    return " ".join(shlex.quote(str(c)) for c in command)
