"""A seeded generator of well-typed annotated Python modules (program.py's tree) for the
random-program differential tester: ints, floats, bools, str, tuples, lists, dicts and 1-d/2-d
numpy arrays; loops, branches, calls, slicing, comprehensions, unary-operator chains, literals
at the int64 edges, defaults, module-level constants and exceptions. Every program terminates
quickly: loops are bounded and containers cannot grow without bound."""

from __future__ import annotations

import random

from program import INT64_MAX, INT64_MIN, Constant, Expr, Function, Module, Param, Stmt

SCALARS = ["int", "float", "bool", "str"]
CONTAINERS = ["list[int]", "list[float]", "tuple[int, float]", "dict[str, int]"]
ARRAYS = ["arr1", "iarr1", "arr2"]
TYPES = SCALARS + CONTAINERS + ARRAYS
ELEMENT = {"list[int]": "int", "list[float]": "float"}

INT_LITERALS = ["0", "1", "2", "3", "7", "-1", "-5", "10", "100", "255", "2147483648", str(INT64_MAX),
                f"({-INT64_MAX} - 1)", "4611686018427387904", "-4294967296", "0x7FFF", "0b1011"]
FLOAT_LITERALS = ["0.0", "-0.0", "1.0", "1.5", "-2.25", "0.1", "1e16", "1e308", "-1e-300", "5e-324", "2.5",
                  "float('nan')", "float('inf')", "-float('inf')", "3.0"]
STR_LITERALS = ['""', '"a"', '"ab"', '"abc"', '"héllo"', '"日本"', '"x y"', '"0"']
EXCEPTIONS = ["ZeroDivisionError", "IndexError", "KeyError", "ValueError", "OverflowError", "ArithmeticError",
              "LookupError", "Exception"]


def lit(t: str, text: str) -> Expr:
    return Expr(t, text.replace("{", "{{").replace("}", "}}"))


def simplest(t: str) -> Expr:
    """The literal a shrinker replaces an expression of type t with."""
    return lit(t, {"int": "0", "float": "0.0", "bool": "False", "str": '""', "list[int]": "[0]",
                   "list[float]": "[0.0]", "tuple[int, float]": "(0, 0.0)", "dict[str, int]": '{"a": 0}',
                   "arr1": "np.zeros(2)", "iarr1": "np.arange(2)", "arr2": "np.zeros((2, 2))"}[t])


class Scope:
    def __init__(self, variables: dict[str, str], writable: set[str]):
        self.variables = dict(variables)
        self.writable = set(writable)

    def of(self, t: str) -> list[str]:
        return [n for n, vt in self.variables.items() if vt == t]

    def child(self) -> Scope:
        return Scope(self.variables, self.writable)


class Generator:
    def __init__(self, seed: int, functions: int = 30, constants: int = 4, known_defects: bool = False):
        self.known_defects = known_defects  # also generate what is known not to work yet (atom())
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_functions = functions
        self.n_constants = constants
        self.functions: list[Function] = []
        self.constants: list[Constant] = []
        self.counter = 0
        self.current: Function | None = None
        self.declarations: list[Stmt] = []

    # ---- names and helpers ----
    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items):
        return self.rng.choice(items)

    # ---- expressions ----
    def expr(self, t: str, scope: Scope, depth: int) -> Expr:
        names = scope.of(t)
        if depth <= 0 or self.chance(0.2):
            if names and self.chance(0.7):
                return Expr(t, self.pick(names))
            return self.literal(t, scope)
        return getattr(self, "expr_" + t.replace("[", "_").replace("]", "").replace(", ", "_"))(scope, depth - 1)

    def literal(self, t: str, scope: Scope) -> Expr:
        r = self.rng
        if t == "int":
            return lit(t, self.pick(INT_LITERALS) if self.chance(0.5) else str(r.randint(-20, 20)))
        if t == "float":
            return lit(t, self.pick(FLOAT_LITERALS) if self.chance(0.6) else repr(round(r.uniform(-50, 50), 3)))
        if t == "bool":
            return lit(t, self.pick(["True", "False"]))
        if t == "str":
            return lit(t, self.pick(STR_LITERALS))
        if t == "list[int]":
            return lit(t, "[" + ", ".join(str(r.randint(-9, 9)) for _ in range(r.randint(1, 4))) + "]")
        if t == "list[float]":
            return lit(t, "[" + ", ".join(repr(r.choice([0.5, -1.0, 2.0, 0.1, 3.25])) for _ in range(r.randint(1, 4))) + "]")
        if t == "tuple[int, float]":
            return Expr(t, "({0}, {1})", [self.literal("int", scope), self.literal("float", scope)])
        if t == "dict[str, int]":
            keys = r.sample(['"a"', '"b"', '"c"', '"é"'], r.randint(1, 3))
            return lit(t, "{" + ", ".join(f"{k}: {r.randint(-5, 5)}" for k in keys) + "}")
        if t == "arr1":
            return lit(t, self.pick(["np.zeros(4)", "np.ones(4)", "np.arange(4.0)", "np.array([1.5, -2.0, 0.25, 8.0])",
                                     "np.linspace(0.0, 1.0, 4)", "np.arange(3.0)"]))
        if t == "iarr1":
            return lit(t, self.pick(["np.arange(4)", "np.array([3, -1, 4, 1], dtype=np.int64)", "np.zeros(4, dtype=np.int64)"]))
        if t == "arr2":
            return lit(t, self.pick(["np.zeros((4, 4))", "np.ones((4, 4))", "np.arange(16.0).reshape(4, 4)",
                                     "np.array([[1.0, 2.0], [3.0, -4.0]])"]))
        raise AssertionError(t)

    def call_of(self, t: str, scope: Scope, depth: int) -> Expr | None:
        """A call of an earlier function of the module returning t."""
        candidates = [f for f in self.functions if f.result == t]
        if not candidates or self.current is None:
            return None
        f = self.pick(candidates)
        kids, forms = [], []
        keywords = False  # once a defaulted parameter is skipped, the rest go by keyword
        for p in f.params:
            if p.default is not None and (keywords or self.chance(0.4)):
                keywords = True
                if self.chance(0.5):
                    continue
            kids.append(self.expr(p.type, scope, min(depth, 1)))
            forms.append(f"{p.name}={{{len(kids) - 1}}}" if keywords else f"{{{len(kids) - 1}}}")
        self.current.callees.add(f.name)
        return Expr(t, f"{f.name}({', '.join(forms)})", kids)

    def atom(self, t: str, scope: Scope, depth: int) -> Expr:
        """An array to index, slice, transpose or measure: any array expression with
        known_defects, else a variable or a literal. Known defect (reported with issue 11's
        tester): pycxx check accepts these on a lazy elementwise expression (`(a + b)[i]`,
        `(m * 2.0).T`, `(m + m)[1:, :2]`, `(m - v).shape`, `(a + a).tolist()`), then the C++
        does not build (no at/view/transpose/shape_tuple overload for pycxx::binary_expr)."""
        if self.known_defects:
            return self.expr(t, scope, depth)
        names = scope.of(t)
        return Expr(t, self.pick(names)) if names and self.chance(0.8) else self.literal(t, scope)

    def index(self, scope: Scope) -> Expr:
        """An index: mostly one within a container of 2 or more (an IndexError now and then)."""
        if self.chance(0.15):
            return self.expr("int", scope, 1)
        ints = scope.of("int")
        if ints and self.chance(0.5):
            return Expr("int", f"({self.pick(ints)} % 2)", wrap=True)
        return lit("int", self.pick(["0", "1", "-1", "-2"]))

    def key(self, scope: Scope) -> Expr:
        if self.chance(0.15):
            return self.expr("str", scope, 1)
        return lit("str", self.pick(['"a"', '"b"', '"c"']))

    def small(self, scope: Scope) -> Expr:
        """An int expression kept small (a loop bound, a repeat count)."""
        return Expr("int", "min(max({0}, 0), 5)", [self.expr("int", scope, 1)])

    def one(self, t: str, scope: Scope, depth: int, options: list[tuple[float, object]]) -> Expr:
        total = sum(w for w, _ in options)
        x = self.rng.random() * total
        for w, make in options:
            x -= w
            if x <= 0:
                e = make()
                if e is not None:
                    return e
                break
        return self.expr(t, scope, 0)

    def expr_int(self, s: Scope, d: int) -> Expr:
        e = lambda t="int": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids, wrap=True: (lambda: Expr("int", form, [k() for k in kids], wrap))  # noqa: E731
        unary = self.pick(["-{0}", "~{0}", "+{0}", "-({0})", "- {0}"])
        return self.one("int", s, d, [
            (3, op("({0} + {1})", e, e)), (2, op("({0} - {1})", e, e)), (2, op("({0} * {1})", e, e)),
            (2, op("({0} // {1})", e, e)), (2, op("({0} % {1})", e, e)),
            (1, op("({0} & {1})", e, e, wrap=False)), (1, op("({0} | {1})", e, e, wrap=False)),
            (1, op("({0} ^ {1})", e, e, wrap=False)),
            (1, op("({0} << {1})", e, lambda: Expr("int", "({0} % 70)", [e()], True))),
            (1, op("({0} >> {1})", e, lambda: Expr("int", "({0} & 127)", [e()]))),
            (1, op(f"({{0}} ** {self.rng.randint(0, 4)})", e)),
            (3, op(unary, e, wrap=unary != "~{0}" and unary != "+{0}")),
            (1, op("abs({0})", e)), (1, op("min({0}, {1})", e, e, wrap=False)), (1, op("max({0}, {1})", e, e, wrap=False)),
            (1, op("int({0})", lambda: e("float"))), (1, op("round({0})", lambda: e("float"))),
            (1, op("math.floor({0})", lambda: e("float"))),
            (1, op("len({0})", lambda: e(self.pick(["str", "list[int]", "list[float]", "dict[str, int]"])), wrap=False)),
            (1, op("len({0})", lambda: self.atom("arr1", s, d), wrap=False)),
            (1, op("({0} if {1} else {2})", e, lambda: e("bool"), e, wrap=False)),
            (1, op("int({0})", lambda: e("bool"), wrap=False)),
            (2, op("{0}[{1}]", lambda: e("list[int]"), lambda: self.index(s), wrap=False)),
            (1, lambda: Expr("int", "sum({0})", [e("list[int]")], True)),
            (1, op("{0}[0]", lambda: e("tuple[int, float]"), wrap=False)),
            (2, op("{0}.get({1}, {2})", lambda: e("dict[str, int]"), lambda: self.key(s), e, wrap=False)),
            (1, op("{0}[{1}]", lambda: e("dict[str, int]"), lambda: self.key(s), wrap=False)),
            (1, op("int({0}[{1}])", lambda: self.atom("iarr1", s, d), lambda: self.index(s), wrap=False)),
            (1, op("int({0}.sum())", lambda: e("iarr1"))),
            (1, op("{0}.shape[{1}]", lambda: self.atom("arr2", s, d), lambda: lit("int", self.pick(["0", "1"])), wrap=False)),
            (1, op("{0}.find({1})", lambda: e("str"), lambda: e("str"), wrap=False)),
            (2, lambda: self.call_of("int", s, d)),
            (1, lambda: self.literal("int", s)),
        ])

    def expr_float(self, s: Scope, d: int) -> Expr:
        e = lambda t="float": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids, wrap=False: (lambda: Expr("float", form, [k() for k in kids], wrap))  # noqa: E731
        return self.one("float", s, d, [
            (3, op("({0} + {1})", e, e)), (2, op("({0} - {1})", e, e)), (2, op("({0} * {1})", e, e)),
            (2, op("({0} / {1})", e, e)), (1, op("({0} // {1})", e, e)), (1, op("({0} % {1})", e, e)),
            (1, op("({0} * {1})", e, lambda: e("int"))), (1, op("({0} / {1})", lambda: e("int"), lambda: e("int"))),
            (1, op("abs({0}) ** {1}", e, lambda: lit("float", self.pick(["0.5", "2.0", "3.0", "-1.0"])))),
            (2, op(self.pick(["-{0}", "+{0}", "-(-{0})", "--{0}", "- -{0}", "-+{0}"]), e)),
            (1, op("float({0})", lambda: e("int"))), (1, op("abs({0})", e)),
            (1, op("min({0}, {1})", e, e)), (1, op("max({0}, {1})", e, e)),
            (1, op(f"round({{0}}, {self.rng.randint(0, 3)})", e)),
            (1, op("math.sqrt(abs({0}))", e)), (1, op("math.sin({0})", e)), (1, op("math.exp({0})", e)),
            (1, op("math.log({0})", e)),
            (1, op("({0} if {1} else {2})", e, lambda: e("bool"), e)),
            (2, op("{0}[{1}]", lambda: e("list[float]"), lambda: self.index(s))),
            # sum() of an empty list[float] is CPython's int start 0, compiled 0.0 (docs/semantics.md);
            # without known_defects the start is given, as users who need a float write it.
            (1, op("sum({0})" if self.known_defects else "sum({0}, 0.0)", lambda: e("list[float]"))),
            (1, op("{0}[1]", lambda: e("tuple[int, float]"))),
            (2, op("float({0}[{1}])", lambda: self.atom("arr1", s, d), lambda: self.index(s))),
            (1, op("float({0}[{1}, {2}])", lambda: self.atom("arr2", s, d), lambda: self.index(s), lambda: self.index(s))),
            (1, op("float({0}.sum())", lambda: e("arr1"))), (1, op("float(np.sum({0}))", lambda: e("arr2"))),
            (1, op("float(np.max({0}))", lambda: e("arr1"))),
            (2, lambda: self.call_of("float", s, d)),
        ])

    def expr_bool(self, s: Scope, d: int) -> Expr:
        e = lambda t="bool": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr("bool", form, [k() for k in kids]))  # noqa: E731
        cmp = self.pick(["<", "<=", "==", "!=", ">", ">="])
        num = self.pick(["int", "float", "str"])
        return self.one("bool", s, d, [
            (4, op(f"({{0}} {cmp} {{1}})", lambda: e(num), lambda: e(num))),
            (1, op("({0} < {1} <= {2})", lambda: e("int"), lambda: e("int"), lambda: e("int"))),
            (1, op(f"({{0}} {cmp} {{1}})", lambda: e("int"), lambda: e("float"))),
            (2, op(self.pick(["not {0}", "(not not {0})", "not (not {0})"]), e)),
            (2, op("({0} and {1})", e, e)), (2, op("({0} or {1})", e, e)),
            (1, op("({0} in {1})", lambda: e("int"), lambda: e("list[int]"))),
            (1, op("({0} in {1})", lambda: e("str"), lambda: e("dict[str, int]"))),
            (1, op("({0} in {1})", lambda: e("str"), lambda: e("str"))),
            (1, op("math.isnan({0})", lambda: e("float"))), (1, op("bool({0})", lambda: e("int"))),
            (1, op("{0}.startswith({1})", lambda: e("str"), lambda: e("str"))),
            (1, lambda: self.call_of("bool", s, d)),
        ])

    def expr_str(self, s: Scope, d: int) -> Expr:
        e = lambda t="str": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr("str", form, [k() for k in kids]))  # noqa: E731
        return self.one("str", s, d, [
            (3, op("({0} + {1})[:24]", e, e)), (2, op("{0}[{1}:{2}]", e, lambda: e("int"), lambda: e("int"))),
            (1, op("{0}[::-1]", e)), (1, op("{0}[{1}]", e, lambda: self.index(s))),
            (1, op("({0} * {1})", e, lambda: self.small(s))),
            (2, op("str({0})", lambda: e("int"))), (2, op("str({0})", lambda: e("float"))),
            (1, op("repr({0})", lambda: e("float"))), (1, op("str({0})", lambda: e("bool"))),
            (1, op("{0}.upper()", e)), (1, op("{0}.strip()", e)),
            (1, op('(str({0}) + ":" + {1})', lambda: e("int"), e)),
            (1, op("({0} if {1} else {2})", e, lambda: e("bool"), e)),
            (1, lambda: self.call_of("str", s, d)),
        ])

    def expr_list_int(self, s: Scope, d: int) -> Expr:
        return self.list_expr("list[int]", s, d)

    def expr_list_float(self, s: Scope, d: int) -> Expr:
        return self.list_expr("list[float]", s, d)

    def list_expr(self, t: str, s: Scope, d: int) -> Expr:
        el = ELEMENT[t]
        e = lambda tt=t: self.expr(tt, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr(t, form, [k() for k in kids]))  # noqa: E731

        def comprehension():
            v = self.fresh("c")
            inner = s.child()
            inner.variables[v] = el
            return Expr(t, f"[{{0}} for {v} in {{1}} if {{2}}]",
                        [self.expr(el, inner, d), self.expr(t, s, d), self.expr("bool", inner, d)])

        def from_range():
            v = self.fresh("c")
            inner = s.child()
            inner.variables[v] = "int"
            return Expr(t, f"[{{0}} for {v} in range({{1}})]", [self.expr(el, inner, d), self.small(s)])

        return self.one(t, s, d, [
            (2, op("({0} + {1})[:12]", e, e)), (2, op("{0}[{1}:{2}]", e, lambda: e("int"), lambda: e("int"))),
            (1, op("{0}[::{1}]", e, lambda: lit("int", self.pick(["-1", "2", "-2", "3"])))),
            (1, op("[{0}, {1}]", lambda: e(el), lambda: e(el))), (1, op("([{0}] * {1})", lambda: e(el), lambda: self.small(s))),
            (2, comprehension), (1, from_range), (1, op("sorted({0})", e)),
            (1, op("{0}.tolist()", lambda: self.atom("arr1", s, d))) if t == "list[float]" else (1, op("list(range({0}))", lambda: self.small(s))),
            (1, lambda: self.call_of(t, s, d)),
        ])

    def expr_tuple_int_float(self, s: Scope, d: int) -> Expr:
        return self.one("tuple[int, float]", s, d, [
            (3, lambda: Expr("tuple[int, float]", "({0}, {1})", [self.expr("int", s, d), self.expr("float", s, d)])),
            (1, lambda: self.call_of("tuple[int, float]", s, d)),
        ])

    def expr_dict_str_int(self, s: Scope, d: int) -> Expr:
        t = "dict[str, int]"

        def comprehension():
            v = self.fresh("c")
            inner = s.child()
            inner.variables[v] = "int"
            return Expr(t, f"{{{{str({v}): {{0}} for {v} in {{1}}}}}}", [self.expr("int", inner, d), self.expr("list[int]", s, d)])

        return self.one(t, s, d, [
            (2, lambda: Expr(t, "{{{0}: {1}, {2}: {3}}}", [self.expr("str", s, d), self.expr("int", s, d),
                                                          self.expr("str", s, d), self.expr("int", s, d)])),
            (2, comprehension), (1, lambda: self.call_of(t, s, d)),
        ])

    def expr_arr1(self, s: Scope, d: int) -> Expr:
        e = lambda t="arr1": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr("arr1", form, [k() for k in kids]))  # noqa: E731
        return self.one("arr1", s, d, [
            (2, op("({0} * {1})", e, lambda: e("float"))), (2, op("({0} + {1})", e, e)), (1, op("({0} - {1})", e, e)),
            (1, op("({0} / {1})", e, lambda: e("float"))), (1, op("-{0}", e)),
            (1, op("{0}[{1}:{2}]", lambda: self.atom("arr1", s, d), lambda: e("int"), lambda: e("int"))),
            (1, op("{0}[::-1]", lambda: self.atom("arr1", s, d))),
            (1, op("np.sqrt(np.abs({0}))", e)), (1, op("np.array({0})", lambda: e("list[float]"))),
            (1, op("np.zeros({0})", lambda: self.small(s))), (1, op("{0}[{1}]", lambda: self.atom("arr2", s, d), lambda: self.index(s))),
            (1, op("{0}.sum(axis=0)", lambda: e("arr2"))), (1, op("np.cumsum({0})", e)),
            (1, op("np.maximum({0}, {1})", e, lambda: e("float"))),
            (1, lambda: self.call_of("arr1", s, d)),
        ])

    def expr_iarr1(self, s: Scope, d: int) -> Expr:
        e = lambda t="iarr1": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr("iarr1", form, [k() for k in kids]))  # noqa: E731
        return self.one("iarr1", s, d, [
            (2, op("({0} * {1})", e, lambda: self.small(s))), (2, op("({0} + {1})", e, e)),
            (1, op("({0} // {1})", e, lambda: self.small(s))), (1, op("np.arange({0})", lambda: self.small(s))),
            (1, op("{0}[{1}:{2}]", lambda: self.atom("iarr1", s, d), lambda: e("int"), lambda: e("int"))),
            (1, op("np.abs({0})", e)),
            (1, lambda: self.call_of("iarr1", s, d)),
        ])

    def expr_arr2(self, s: Scope, d: int) -> Expr:
        e = lambda t="arr2": self.expr(t, s, d)  # noqa: E731
        op = lambda form, *kids: (lambda: Expr("arr2", form, [k() for k in kids]))  # noqa: E731
        return self.one("arr2", s, d, [
            (2, op("({0} * {1})", e, lambda: e("float"))), (2, op("({0} + {1})", e, e)), (1, op("{0}.T", lambda: self.atom("arr2", s, d))),
            (1, op("{0}[1:, :2]", lambda: self.atom("arr2", s, d))), (1, op("{0}[::-1, :]", lambda: self.atom("arr2", s, d))), (1, op("({0} - {1})", e, lambda: e("arr1"))),
            (1, op("np.zeros(({0}, {1}))", lambda: self.small(s), lambda: self.small(s))),
            (1, lambda: self.call_of("arr2", s, d)),
        ])

    # ---- statements ----
    def declare(self, t: str, scope: Scope, value: Expr | None = None) -> str:
        name = self.fresh({"int": "i", "float": "f", "bool": "b", "str": "s"}.get(t, "v"))
        value = value or self.expr(t, scope, 1)
        self.declarations.append(Stmt(f"{name}: {annotation_of(t)} = {{0}}", [value], fixed=True))
        scope.variables[name] = t
        scope.writable.add(name)
        return name

    def block(self, scope: Scope, depth: int, count: int) -> list[Stmt]:
        return [self.stmt(scope, depth) for _ in range(count)]

    def stmt(self, s: Scope, depth: int) -> Stmt:
        r = self.rng
        d = 2 if depth > 1 else 3
        kind = r.choices(["assign", "aug", "if", "for", "forin", "while", "try", "raise", "mutate", "assert"],
                         [8, 3, 3 if depth else 0, 2 if depth else 0, 1 if depth else 0, 1 if depth else 0,
                          2 if depth else 0, 0.3, 3, 0.2])[0]
        writable = [n for n in sorted(s.writable) if n in s.variables]
        if kind == "assign" and writable:
            name = self.pick(writable)
            return Stmt(f"{name} = {{0}}", [self.expr(s.variables[name], s, d)])
        if kind == "aug":
            nums = [n for n in writable if s.variables[n] in ("int", "float", "str")]
            if nums:
                name = self.pick(nums)
                t = s.variables[name]
                if t == "str":
                    return Stmt(f"{name} = ({name} + {{0}})[-16:]", [self.expr("str", s, d)])
                aug = self.pick(["+=", "-=", "*=", "//=", "%="] + (["&=", "|=", "^="] if t == "int" else ["/="]))
                checked = f"{name} = _i64({name} {aug[:-1]} ({{0}}))" if t == "int" else ""
                return Stmt(f"{name} {aug} {{0}}", [self.expr(t, s, d)], checked_head=checked)
        if kind == "if":
            blocks = [("", self.block(s, depth - 1, r.randint(1, 3)))]
            conds = [self.expr("bool", s, d)]
            while self.chance(0.3):
                conds.append(self.expr("bool", s, d))
                blocks.append((f"elif {{{len(conds) - 1}}}:", self.block(s, depth - 1, r.randint(1, 2))))
            if self.chance(0.5):
                blocks.append(("else:", self.block(s, depth - 1, r.randint(1, 2))))
            stmt = Stmt("if {0}:", conds, blocks)
            return stmt
        if kind == "for":
            v = self.declare("int", s, lit("int", "0"))
            s.writable.discard(v)
            return Stmt(f"for {v} in range({{0}}):", [self.small(s)], [("", self.block(s, depth - 1, r.randint(1, 3)))])
        if kind == "forin":
            t = self.pick(["list[int]", "list[float]"])
            v = self.declare(ELEMENT[t], s, simplest(ELEMENT[t]))
            s.writable.discard(v)
            return Stmt(f"for {v} in {{0}}[:4]:", [self.expr(t, s, 1)], [("", self.block(s, depth - 1, r.randint(1, 2)))])
        if kind == "while":
            w = self.declare("int", s, lit("int", "0"))
            s.writable.discard(w)
            return Stmt(f"{w} = 0\nwhile {w} < {r.randint(1, 5)} and {{0}}:\n    {w} += 1", [self.expr("bool", s, d)],
                        [("", self.block(s, depth - 1, r.randint(1, 2)))])
        if kind == "try":
            body = self.block(s, depth - 1, r.randint(1, 3))
            caught = r.sample(EXCEPTIONS, r.randint(1, 2))
            spec = caught[0] if len(caught) == 1 else "(" + ", ".join(caught) + ")"
            blocks = [("", body), (f"except {spec}:", self.block(s, depth - 1, 1))]
            if self.chance(0.3):
                blocks.append(("finally:", self.block(s, depth - 1, 1)))
            return Stmt("try:", [], blocks)
        if kind == "raise":
            exc = self.pick(["ValueError", "KeyError", "IndexError", "ZeroDivisionError", "RuntimeError"])
            return Stmt(f"if {{0}}:\n    raise {exc}({{1}})", [self.expr("bool", s, d), self.expr("str", s, 1)])
        if kind == "assert":
            return Stmt("assert {0}, {1}", [self.expr("bool", s, d), self.literal("str", s)])  # a literal message (pycxx)
        if kind == "mutate":
            lists = [n for n in s.variables if s.variables[n] in ("list[int]", "list[float]")]
            dicts = [n for n in s.variables if s.variables[n] == "dict[str, int]"]
            arrays = [n for n in s.variables if s.variables[n] in ("arr1", "iarr1")]
            options = []
            for n in lists:
                el = ELEMENT[s.variables[n]]
                options += [lambda n=n, el=el: Stmt(f"if len({n}) < 12:\n    {n}.append({{0}})", [self.expr(el, s, d)]),
                            lambda n=n, el=el: Stmt(f"{n}[{{0}}] = {{1}}", [self.index(s), self.expr(el, s, d)]),
                            lambda n=n: Stmt(f"{{0}} = {n}.pop()", [Expr("int", self.pick(s.of("int") or ["_"]))])
                            if s.variables[n] == "list[int]" and [w for w in writable if s.variables[w] == "int"] else None]
            for n in dicts:
                options.append(lambda n=n: Stmt(f"{n}[{{0}}] = {{1}}", [self.key(s), self.expr("int", s, d)]))
            for n in arrays:
                el = "float" if s.variables[n] == "arr1" else "int"
                options.append(lambda n=n, el=el: Stmt(f"{n}[{{0}}] = {{1}}", [self.index(s), self.expr(el, s, d)]))
            self.rng.shuffle(options)
            for make in options:
                st = make()
                if st is not None and not (st.head.startswith("{0} = ") and st.exprs[0].form not in writable):
                    return st
        return Stmt(f"{self.declare('int', s)} = {{0}}", [self.expr("int", s, d)])

    # ---- functions and modules ----
    def function(self) -> Function:
        r = self.rng
        name = self.fresh("f")
        params = []
        for k in range(r.randint(0, 4)):
            t = self.pick(TYPES) if self.chance(0.7) else self.pick(SCALARS)
            params.append(Param(f"p{k}", t))
        # Trailing parameters may have defaults: literals, literal-only expressions, constants.
        for p in reversed(params):
            if p.type not in SCALARS or not self.chance(0.35):
                break
            p.default = self.default(p.type)
        result = self.pick(TYPES)
        f = Function(name, params, result, [])
        self.current = f
        self.declarations = []
        scope = Scope({c.name: c.type for c in self.constants}, set())
        for p in params:
            scope.variables[p.name] = p.type
            scope.writable.add(p.name)
        for t in r.sample(TYPES, r.randint(2, 5)):
            self.declare(t, scope)
        body = self.block(scope, 2, r.randint(2, 6))
        ret = Stmt("return {0}", [self.expr(result, scope, 3)], fixed=True)
        f.body = self.declarations + body + [ret]
        f.calls = [tuple(self.argument(p.type) for p in params) for _ in range(4)]
        self.current = None
        return f

    def default(self, t: str) -> Expr:
        if t == "int" and self.chance(0.5):
            return self.pick([lambda: Expr("int", "{0} + {1}", [self.literal("int", None), self.literal("int", None)]),
                              lambda: Expr("int", "-(-{0})", [self.literal("int", None)]),
                              lambda: Expr("int", "2 ** 10"),
                              lambda: Expr("int", self.pick([c.name for c in self.constants if c.type == "int"] or ["1"]))])()
        return self.literal(t, None)

    def argument(self, t: str):
        import numpy as np

        r = self.rng
        if t == "int":
            return r.choice([0, 1, -1, 2, 3, 7, -8, 100, INT64_MAX, INT64_MIN, 2**31, r.randint(-1000, 1000)])
        if t == "float":
            return r.choice([0.0, -0.0, 1.5, -2.25, 0.1, float("nan"), float("inf"), -float("inf"), 1e300, 5e-324,
                             round(r.uniform(-100, 100), 2)])
        if t == "bool":
            return r.choice([True, False])
        if t == "str":
            return r.choice(["", "a", "abc", "héllo", "日本語", "a b", "-7"])
        if t in ELEMENT:
            return [self.argument(ELEMENT[t]) if ELEMENT[t] == "float" else r.randint(-9, 9) for _ in range(r.randint(2, 5) if self.chance(0.8) else r.randint(0, 1))]
        if t == "tuple[int, float]":
            return (self.argument("int"), self.argument("float"))
        if t == "dict[str, int]":
            return {k: r.randint(-9, 9) for k in r.sample(["a", "b", "c", "é", ""], r.randint(2, 5))}
        if t == "arr1":
            return np.array([round(r.uniform(-9, 9), 2) for _ in range(4 if self.chance(0.8) else r.randint(0, 5))], dtype=np.float64)
        if t == "iarr1":
            return np.array([r.randint(-9, 9) for _ in range(4 if self.chance(0.8) else r.randint(0, 5))], dtype=np.int64)
        if t == "arr2":
            rows, cols = (4, 4) if self.chance(0.8) else (r.randint(0, 3), r.randint(0, 3))
            return np.array([[round(r.uniform(-9, 9), 1) for _ in range(cols)] for _ in range(rows)],
                            dtype=np.float64).reshape(rows, cols)
        raise AssertionError(t)

    def constant(self) -> Constant:
        """Module-level constants are literals and arithmetic on constants (no calls)."""
        t = self.pick(["int", "float", "str", "int"])
        return Constant(self.fresh("K"), t, self.constant_expr(t, 2))

    def constant_expr(self, t: str, depth: int) -> Expr:
        names = [c.name for c in self.constants if c.type == t]
        if depth <= 0 or self.chance(0.3):
            return Expr(t, self.pick(names)) if names and self.chance(0.5) else self.literal(t, None)
        kid = lambda: self.constant_expr(t, depth - 1)  # noqa: E731
        if t == "int":
            form = self.pick(["({0} + {1})", "({0} - {1})", "({0} * {1})", "({0} // {1})", "({0} % {1})", "({0} & {1})",
                              "({0} ^ {1})", "-{0}", "~{0}", "-(-{0})", "({0} ** 2)"])
            return Expr(t, form, [kid() for _ in range(form.count("{") - form.count("{{"))], wrap=form not in ("({0} & {1})", "({0} ^ {1})", "~{0}"))
        if t == "float":
            form = self.pick(["({0} + {1})", "({0} * {1})", "({0} / {1})", "-{0}", "({0} - {1})"])
            return Expr(t, form, [kid() for _ in range(form.count("{"))])
        return Expr(t, "({0} + {1})", [kid(), kid()])

    def module(self) -> Module:
        # Constants that raise in CPython are replaced by literals: one would fail the import of
        # the whole module (the import-error cases are generated on their own: import_error_module).
        from program import CHECKED_PRELUDE
        import math
        import numpy as np

        namespace = {"math": math, "np": np}
        exec(CHECKED_PRELUDE, namespace)
        for _ in range(self.n_constants):
            c = self.constant()
            try:
                namespace[c.name] = eval(c.value.render(True), namespace)
            except Exception:
                c.value = self.literal(c.type, None)
                namespace[c.name] = eval(c.value.render(True), namespace)
            self.constants.append(c)
        for _ in range(self.n_functions):
            self.functions.append(self.function())
        return Module(self.constants, self.functions)


def annotation_of(t: str) -> str:
    from program import annotation

    return annotation(t)


def generate(seed: int, functions: int = 30, constants: int = 4, known_defects: bool = False) -> Module:
    return Generator(seed, functions, constants, known_defects).module()


if __name__ == "__main__":
    import sys

    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1).render())
