"""ctest shims.malformed_declarations: each malformed shim declaration, added to a copy of
stdlib_shims/, makes shimscan fail with `file:line: error: <what>` naming the header."""
import pathlib
import sys
import tempfile

from shim_tree import arguments, copy_tree, run_shimscan

HEADER = """#pragma once
#include <cstdint>
#include <string>
#include "pycxx_shim.hpp"
namespace pycxx::shims::math {
%s
}
"""

# (file under stdlib_shims/, declaration, line of the declaration, expected message part)
CASES = [
    ("math/pycxx_bad_type.hpp", 'PYCXX_SHIM("math", "pycxx_bad_type") inline int pycxx_bad_type(std::string s) { return 0; }',
     "has no Python spelling"),
    ("math/pycxx_bad_rule.hpp", 'PYCXX_SHIM("math", "pycxx_bad_rule") PYCXX_RULE(Elementwize) inline double pycxx_bad_rule(double x) { return x; }',
     "unknown typing rule 'Elementwize'"),
    ("math/pycxx_wrong_file.hpp", 'PYCXX_SHIM("math", "somewhere_else") inline double pycxx_wrong_file(double x) { return x; }',
     "must be declared in stdlib_shims/math/somewhere_else.hpp"),
    ("math/pycxx_bad_default.hpp", 'PYCXX_SHIM("math", "pycxx_bad_default") inline double pycxx_bad_default(double x = sizeof(int)) { return x; }',
     "has no obvious Python spelling"),
    ("math/pycxx_no_shim.hpp", 'PYCXX_RULE(Signature) inline double pycxx_no_shim(double x) { return x; }',
     "without PYCXX_SHIM"),
    ("math/pycxx_no_dtype_rule.hpp", 'PYCXX_SHIM("math", "pycxx_no_dtype_rule") PYCXX_RULE(Ufunc) inline double pycxx_no_dtype_rule(double x) { return x; }',
     "needs a PYCXX_DTYPE_RULE"),
    ("math/pycxx_untyped_template.hpp", 'template <class T> PYCXX_SHIM("math", "pycxx_untyped_template") PYCXX_RULE(Ufunc) PYCXX_DTYPE_RULE(Same) PYCXX_TYPE("T") T pycxx_untyped_template(T x) { return x; }',
     "needs its Python spelling: PYCXX_TYPE"),
    ("math/pycxx_unnamed.hpp", 'PYCXX_SHIM("math", "pycxx_unnamed") inline double pycxx_unnamed(double) { return 0.0; }',
     "need names"),
]


def main():
    args = arguments()
    failures = 0
    for relative, declaration, expected in CASES:
        with tempfile.TemporaryDirectory() as temp:
            tree = pathlib.Path(temp)
            copy_tree(args.source_dir, tree)
            (tree / "stdlib_shims" / relative).write_text(HEADER % declaration)
            code, stderr, _, _ = run_shimscan(args, tree)
            wanted = "%s:6: error: " % relative
            if code == 0 or wanted not in stderr or expected not in stderr:
                failures += 1
                print("FAIL %s: exit %d, expected '%s...%s' in:\n%s" % (relative, code, wanted, expected, stderr))
            else:
                print("ok   %s: %s" % (relative, stderr.strip().splitlines()[0]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
