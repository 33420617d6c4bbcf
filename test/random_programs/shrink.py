"""Shrinks a finding of the random-program tester to a minimal repro, by greedy delta debugging
over the program tree: drop functions the failing one does not need, then, again and again,
try every single reduction (delete a statement, replace a compound statement by its body,
replace an expression by a literal or by one of its operands of the same type, delete an unused
declaration) and keep the smallest that still fails. Variants of the failing function are tried
many at a time, as renamed copies in one module (one C++ compile per round, not per variant)."""

from __future__ import annotations

import copy
import re

from generator import simplest
from program import Expr, Function, Module, Stmt
from tester import Finding, Settings, accepted, build, compare, drop, function_lines

ROUNDS = 40
BATCH = 48


def statement_slots(body: list[Stmt]):
    for i, st in enumerate(body):
        yield body, i
        for _, block in st.blocks:
            yield from statement_slots(block)


def expr_slots(f: Function):
    """(holder list, index) of every expression: statement operands and their sub-expressions."""
    def walk(holder: list[Expr]):
        for i, e in enumerate(holder):
            yield holder, i
            yield from walk(e.kids)

    for body, i in statement_slots(f.body):
        yield from walk(body[i].exprs)


def reductions(f: Function) -> list[Function]:
    """Every function one reduction smaller than f."""
    out = []

    def variant(edit):
        g = copy.deepcopy(f)
        if edit(g) is not False:
            out.append(g)

    n_statements = sum(1 for _ in statement_slots(f.body))
    for k in range(n_statements):
        def remove(g, k=k):
            body, i = list(statement_slots(g.body))[k]
            st = body.pop(i)
            if st.fixed:  # a declaration no longer used may go; the return stays
                name = st.head.split(":")[0]
                if not re.match(r"\w+$", name) or re.search(rf"\b{name}\b", g.render(False)):
                    return False

        def inline(g, k=k):
            body, i = list(statement_slots(g.body))[k]
            if not body[i].blocks:
                return False
            body[i:i + 1] = [s for _, block in body[i].blocks[:1] for s in block]
        variant(remove)
        variant(inline)
    n_exprs = sum(1 for _ in expr_slots(f))
    for k in range(n_exprs):
        holder, i = list(expr_slots(f))[k]
        e = holder[i]
        if not e.kids and e.form in (simplest(e.type).form,):
            continue

        def to_literal(g, k=k):
            h, j = list(expr_slots(g))[k]
            h[j] = simplest(h[j].type)
        variant(to_literal)
        for kid_index, kid in enumerate(e.kids):
            if kid.type == e.type:
                def to_kid(g, k=k, kid_index=kid_index):
                    h, j = list(expr_slots(g))[k]
                    h[j] = h[j].kids[kid_index]
                variant(to_kid)
    out.sort(key=lambda g: g.size())
    return out


def callees_of(module: Module, name: str) -> set[str]:
    need, todo = set(), [name]
    while todo:
        f = module.function(todo.pop())
        for c in f.callees:
            if c not in need:
                need.add(c)
                todo.append(c)
    return need


def fails(module: Module, target: str, finding: Finding, calls, s: Settings, name: str) -> bool:
    module = accepted(module, name, s, {})
    if finding.kind == "build":
        if not module.functions:
            return False
        built, error = build(module, name, s)
        return built is None and "exited 2" in error  # exit 1 would be a diagnostic, not a C++ failure
    if not any(f.name == target for f in module.functions):
        return False
    built, error = build(module, name, s)
    if built is None:
        return False
    return any(x.kind == finding.kind and x.function == target for x in compare(module, name, built, s, calls))


def error_functions(module: Module, name: str, s: Settings, error: str) -> set[str]:
    """The functions the C++ compiler's errors point into (#line directives name the .py lines)."""
    m = re.search(r"compiler log:\s+(\S+)", error)
    if not m:
        return set()
    try:
        log = open(m.group(1), encoding="utf-8", errors="replace").read()
    except OSError:
        return set()
    owner = function_lines(module, (s.work / f"{name}.py").read_text())
    lines = {int(x) for x in re.findall(rf"{re.escape(name)}\.py:(\d+):\d+: error", log)}
    return {owner[n] for n in lines if n in owner}


def batch_failing(module: Module, target: str, variants: list[Function], finding: Finding, calls, s: Settings,
                  name: str) -> list[int]:
    """Which variants of `target` (by index) still fail as `finding`, tried together in one module:
    a build finding by the C++ errors inside each variant, a mismatch by its calls."""
    renamed = []
    for n, v in enumerate(variants):
        v = copy.deepcopy(v)
        v.name = f"{target}__v{n}"
        renamed.append(v)
    others = [f for f in module.functions if f.name != target]
    trial = accepted(Module(module.constants, others + renamed), name, s, {})
    built, error = build(trial, name, s)
    broken = error_functions(trial, name, s, error) if built is None else set()
    if finding.kind == "build":
        return sorted(int(f.rsplit("__v", 1)[1]) for f in broken if "__v" in f)
    if built is None:
        if not broken:
            return []
        trial = Module(trial.constants, [f for f in trial.functions if f.name not in broken])
        built, _ = build(trial, name, s)
        if built is None:
            return []
    present = {f.name for f in trial.functions}
    trial_calls = [(v.name, i, args) for v in renamed if v.name in present for _, i, args in calls]
    failing = set()
    for x in compare(trial, name, built, s, trial_calls):
        if x.kind == "mismatch" and x.function.startswith(target + "__v"):
            failing.add(int(x.function.rsplit("__v", 1)[1]))
    return sorted(failing)


def shrink(module: Module, finding: Finding, calls, s: Settings, name: str):
    """The smallest module found that fails as `finding` does, and the calls that show it."""
    target = finding.function
    if finding.kind == "build":
        # The function the C++ errors point into, with what it calls.
        built, error = build(module, name, s)
        broken = sorted(error_functions(module, name, s, error)) if built is None else []
        if not broken:
            return module, calls
        target = broken[0]
        need = callees_of(module, target) | {target}
        module = Module(module.constants, [f for f in module.functions if f.name in need])
    else:
        # Only the failing function and what it calls, when that still fails (a miscompile may
        # need another function of the module: then the module stays whole).
        need = callees_of(module, target) | {target}
        trial = drop(module, {f.name for f in module.functions if f.name not in need})
        trial = Module(trial.constants, [f for f in module.functions if f.name in need])
        if fails(trial, target, finding, calls, s, name):
            module = trial
    for _ in range(ROUNDS):
        f = module.function(target)
        variants = reductions(f)
        if not variants:
            break
        chosen = None
        if finding.kind in ("mismatch", "build"):
            for start in range(0, len(variants), BATCH):
                failing = batch_failing(module, target, variants[start:start + BATCH], finding, calls, s, name)
                if failing:
                    chosen = variants[start + failing[0]]
                    break
        else:  # a crash takes the whole batch down: one variant at a time
            for v in variants[:24]:
                trial = Module(module.constants, [v if g.name == target else g for g in module.functions])
                if fails(trial, target, finding, calls, s, name):
                    chosen = v
                    break
        if chosen is None:
            break
        module = Module(module.constants, [chosen if g.name == target else g for g in module.functions])
    return module, calls
