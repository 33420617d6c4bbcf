"""Runs one random module's calls in a process of its own (a crash of compiled code must not take
the tester down): imports the compiled extension and the checked CPython reference, calls every
function with the same arguments (fresh copies for each), and prints one JSON line per finding.
Before each compiled call it prints the call it is about to make, so a crash names it.

    python3 compare_child.py NAME BUILT.so REFERENCE.py CALLS.pickle"""

import copy
import json
import pickle
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "run"))

from harness import load_compiled, same, show  # noqa: E402


def fresh(args):
    return copy.deepcopy(args)


def outcome(function, args):
    try:
        return ("return", function(*args))
    except Exception as e:  # the exception is what is compared
        return ("raise", type(e), str(e))


def agree(a, b) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] == "return":
        return same(a[1], b[1])
    return a[1] is b[1] and a[2] == b[2]


def import_outcome(load):
    try:
        return ("return", load())
    except Exception as e:
        return ("raise", type(e), str(e))


def main() -> None:
    name, built, reference_path, calls_path = sys.argv[1:5]
    warnings.simplefilter("ignore")  # numpy's RuntimeWarnings are not compared
    import importlib.util

    def load_reference():
        spec = importlib.util.spec_from_file_location("reference_" + name, reference_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    expected_import = import_outcome(load_reference)
    got_import = import_outcome(lambda: load_compiled(name, Path(built)))
    if expected_import[0] == "raise" or got_import[0] == "raise":
        if not (expected_import[0] == got_import[0] == "raise" and agree(expected_import, got_import)):
            print(json.dumps({"function": "<import>", "call": -1, "expected": show(expected_import) if
                              expected_import[0] == "raise" else "imported", "got": show(got_import) if
                              got_import[0] == "raise" else "imported"}), flush=True)
        print(json.dumps({"done": 0}), flush=True)
        return
    reference, compiled = expected_import[1], got_import[1]
    with open(calls_path, "rb") as f:
        calls = pickle.load(f)
    count = 0
    for function, index, args in calls:
        expected_args, got_args = fresh(args), fresh(args)
        expected = outcome(getattr(reference, function), expected_args)
        print(json.dumps({"running": function, "call": index}), flush=True)
        got = outcome(getattr(compiled, function), got_args)
        count += 1
        finding = None
        if not agree(expected, got):
            finding = (show(expected), show(got))
        elif not same(list(expected_args), list(got_args)):
            # A list, dict or array argument is changed as CPython changes it (also on a raise).
            finding = (f"left the arguments as {expected_args!r}", f"left them as {got_args!r}")
        if finding:
            print(json.dumps({"function": function, "call": index, "expected": finding[0], "got": finding[1]}),
                  flush=True)
    print(json.dumps({"done": count}), flush=True)


if __name__ == "__main__":
    main()
