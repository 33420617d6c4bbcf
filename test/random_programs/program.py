"""The tree a random program is made of (generator.py builds it, shrink.py cuts it down):
expressions and statements that render to Python source twice, as written (compiled by pycxx)
and checked (run by CPython as the reference, every int operation wrapped in _i64() so that
CPython raises pycxx's OverflowError where an intermediate int leaves 64 bits)."""

from __future__ import annotations

from dataclasses import dataclass, field

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1
INT_OVERFLOW = "integer overflow: the result does not fit in a 64-bit int"

# The reference module's prelude: the one place where CPython's unbounded ints meet pycxx's
# documented difference (docs/semantics.md "int": a result outside int64 raises).
CHECKED_PRELUDE = f'''
def _i64(v):
    if type(v) is int and not ({INT64_MIN} <= v <= {INT64_MAX}):
        raise OverflowError("{INT_OVERFLOW}")
    return v
'''


@dataclass
class Expr:
    """`form` is a str.format template over the rendered `kids`; `wrap` marks an int
    operation whose result the checked rendering passes through _i64()."""
    type: str
    form: str
    kids: list[Expr] = field(default_factory=list)
    wrap: bool = False

    def render(self, checked: bool = False) -> str:
        text = self.form.format(*(k.render(checked) for k in self.kids))
        return f"_i64({text})" if checked and self.wrap else text

    def size(self) -> int:
        return 1 + sum(k.size() for k in self.kids)


@dataclass
class Stmt:
    """`head` is a template over the rendered `exprs` (may span lines, later lines indented
    relative to the head); `blocks` are (header line, body) pairs that follow it, e.g.
    ("else:", [...]). `fixed` statements (declarations, the final return) are never shrunk away."""
    head: str
    exprs: list[Expr] = field(default_factory=list)
    blocks: list[tuple[str, list[Stmt]]] = field(default_factory=list)
    fixed: bool = False
    checked_head: str = ""  # the head in the checked rendering, when it differs (int `x += e`)

    def render(self, indent: int, checked: bool) -> list[str]:
        pad = "    " * indent
        head = self.checked_head if checked and self.checked_head else self.head
        rendered = [e.render(checked) for e in self.exprs]
        text = head.format(*rendered)
        lines = [pad + line for line in text.split("\n")]
        for header, body in self.blocks:
            if header:
                lines.append(pad + header.format(*rendered))  # `elif {2}:` names an operand
            lines.extend(render_body(body, indent + 1, checked))
        return lines

    def size(self) -> int:
        return 1 + sum(e.size() for e in self.exprs) + sum(s.size() for _, b in self.blocks for s in b)


def render_body(body: list[Stmt], indent: int, checked: bool) -> list[str]:
    lines = [line for s in body for line in s.render(indent, checked)]
    return lines or ["    " * indent + "pass"]


@dataclass
class Param:
    name: str
    type: str
    default: Expr | None = None


@dataclass
class Function:
    name: str
    params: list[Param]
    result: str
    body: list[Stmt]
    calls: list[tuple] = field(default_factory=list)  # argument tuples to call it with
    callees: set[str] = field(default_factory=set)

    def render(self, checked: bool) -> str:
        params = []
        for p in self.params:
            text = f"{p.name}: {annotation(p.type)}"
            if p.default is not None:
                text += f" = {p.default.render(checked)}"
            params.append(text)
        head = f"def {self.name}({', '.join(params)}) -> {annotation(self.result)}:"
        return "\n".join([head] + render_body(self.body, 1, checked))

    def size(self) -> int:
        return sum(s.size() for s in self.body) + sum(p.default.size() for p in self.params if p.default)


@dataclass
class Constant:
    """A module-level assignment `NAME: T = value`."""
    name: str
    type: str
    value: Expr

    def render(self, checked: bool) -> str:
        return f"{self.name}: {annotation(self.type)} = {self.value.render(checked)}"


@dataclass
class Module:
    constants: list[Constant]
    functions: list[Function]

    def render(self, checked: bool = False) -> str:
        parts = ['"""A random program (test/random_programs): do not edit."""\n', "import math\n",
                 "import numpy as np\n"]
        if checked:
            parts.append(CHECKED_PRELUDE)
        parts.append("\n")
        parts.extend(c.render(checked) + "\n" for c in self.constants)
        for f in self.functions:
            parts.append("\n\n" + f.render(checked) + "\n")
        return "".join(parts)

    def function(self, name: str) -> Function:
        return next(f for f in self.functions if f.name == name)


ARRAY_ANNOTATIONS = {
    "arr1": "np.ndarray[tuple[int], np.dtype[np.float64]]",
    "iarr1": "np.ndarray[tuple[int], np.dtype[np.int64]]",
    "arr2": "np.ndarray[tuple[int, int], np.dtype[np.float64]]",
}


def annotation(t: str) -> str:
    return ARRAY_ANNOTATIONS.get(t, t)
