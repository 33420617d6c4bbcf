"""The reference side of the AST comparison: CPython's own `ast` tree written with the
JSON rules of docs/ast_json.md, and a helper that finds the first difference between two
dumps. Used by test_stdlib_ast.py; run as a script to diff one file by hand:
    PYCXX_DUMP_AST_JSON=build/test/ast_json/dump_ast_json python3 ast_reference.py FILE
"""
import ast
import json
import math
import os
import subprocess
import sys

LOCATION = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _number(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def constant_json(v):
    if isinstance(v, str):
        return _text(v)
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return _number(v)
    if isinstance(v, complex):
        return {"complex": [_number(v.real), _number(v.imag)]}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if v is Ellipsis:
        return {"Ellipsis": True}
    raise TypeError(f"unexpected constant {v!r}")


def _text(s):
    # Lone surrogates are written as \u escapes, and a JSON reader joins an escaped high
    # and low surrogate into one character: read the reference the same way.
    if any("\ud800" <= c <= "\udfff" for c in s):
        return json.loads(json.dumps(s))
    return s


def to_json(node):
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if isinstance(node, str):
        return _text(node)
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    constant = isinstance(node, (ast.Constant, ast.MatchSingleton))
    for field in node._fields:
        value = getattr(node, field, None)
        out[field] = constant_json(value) if constant and field == "value" else to_json(value)
    for attr in LOCATION:
        if attr in node._attributes:
            out[attr] = getattr(node, attr, None)
    return out


def reference_dump(path):
    """(True, tree as JSON-compatible data) or (False, error text)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        return False, f"{type(e).__name__}: {e}"
    return True, to_json(tree)


def first_difference(a, b, where="$"):
    """The JSON path of the first place where a and b differ, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if key not in a or key not in b:
                return f"{where}.{key} (missing on one side)"
            d = first_difference(a[key], b[key], f"{where}.{key}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where} (lengths {len(a)} != {len(b)})"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}[{i}]")
            if d:
                return d
        return None
    if type(a) != type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return f"{where}: {a!r} != {b!r}"
    if a != b:
        return f"{where}: {a!r} != {b!r}"
    return None


def pycxx_dump_lines(paths):
    """The dump tool's JSON line for each path (one process for all), and its timing line."""
    tool = os.environ["PYCXX_DUMP_AST_JSON"]
    result = subprocess.run([tool, *paths], capture_output=True, text=True, check=True)
    # Split on "\n" only: str.splitlines() would also split inside strings at U+2028 etc.
    lines = [line for line in result.stdout.split("\n") if line]
    assert len(lines) == len(paths)
    return dict(zip(paths, lines)), result.stderr.strip()


def pycxx_dump(paths):
    """{path: record} from the dump tool, and its timing line."""
    lines, timing = pycxx_dump_lines(paths)
    return {path: json.loads(line) for path, line in lines.items()}, timing


def compare_one(path_and_line):
    """(cpython parsed it, pycxx parsed it, first difference or pycxx's error or None)."""
    path, line = path_and_line
    ok, ref = reference_dump(path)
    record = json.loads(line)
    if not ok:
        return ok, "error" not in record, None
    if "error" in record:
        return ok, False, "pycxx: " + record["error"]
    return ok, True, first_difference(ref, record["ast"])


def _node_at(tree, path):
    """The deepest node on a JSON path like $.body[0].value."""
    import re
    node = tree
    last = None
    for key, index in re.findall(r"\.(\w+)|\[(\d+)\]", path):
        if isinstance(node, dict) and "lineno" in node:
            last = node
        try:
            node = node[key] if key else node[int(index)]
        except (KeyError, IndexError, TypeError):
            break
    return last


if __name__ == "__main__":
    records, timing = pycxx_dump(sys.argv[1:])
    for path in sys.argv[1:]:
        ok, ref = reference_dump(path)
        mine = records[path]
        if not ok or "error" in mine:
            print(path, "cpython:", "ok" if ok else ref, "| pycxx:", mine.get("error", "ok"))
            continue
        d = first_difference(ref, mine["ast"])
        print(path, "same" if d is None else f"differs at {d}")
        if d:
            node = _node_at(ref, d.split(" ")[0].rstrip(":"))
            if node:
                print("   near", {k: node.get(k) for k in ("_type",) + LOCATION})
    print(timing)
