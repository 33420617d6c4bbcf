"""The expectation format of the diagnostics golden files, read and written.

A scenario file under diagnostics/ is Python source with its expected diagnostics written
just above the line each one points at (Carbon's `[[@LINE+1]]` idea):

    def operands(n: int) -> float:
        t = (n, n)
        # CHECK:@+1:12-18: error: cannot add 'tuple[int, int]' and 'float' [TypeMismatch]
        return t + 1.5

`@+N` is the N-th code line below the check comment and `@-N` the N-th above, counting
only lines that are not `# CHECK:` lines (so stacked checks all say `@+1`, and adding a
check never renumbers another). `:C` is the 1-based column of the caret, `:C-E` the first
and last column of the underline when it is wider than one. A check with no `@` place
(`# CHECK: error: ...`) is a diagnostic about the whole file. A message of several lines
(a call's supported forms) continues on `# CHECK:|` lines; the id ends its first line, as pycxx prints it.
Notes follow their diagnostic's line in the same block, each with its own place.
Everything else pycxx prints (the quoted source line and the caret under it) follows from
these fields, and test_golden.py checks that it does; the exit status follows from the
severities (1 when any error is expected).

The diagnostic's id is the bracketed name at the end: today a kind of
compiler/diagnostics/diagnostic_kind.def, later one id per message; nothing here depends on
which, so the same format carries ids.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

CHECK_PREFIX = "# CHECK:"
_CHECK = re.compile(r"^(?P<indent>[ \t]*)# CHECK:(?P<body>.*)$")
_PLACE = re.compile(r"^@(?P<rel>[+-]\d+):(?P<col>\d+)(?:-(?P<end>\d+))?: (?P<rest>.*)$", re.S)
_FIELDS = re.compile(r"^(?P<sev>error|warning|note): (?P<first>[^\n]*?)(?: \[(?P<id>[\w.-]+)\])?(?P<rest>\n.*)?$", re.S)
CONTINUATION = "|"
# pycxx's text rendering (compiler/diagnostics/render_text.cpp): a header, then the quoted
# source line and the caret line, each indented by four spaces.
_HEADER = re.compile(r"^(?P<file>[^:\s]+)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<fields>(?:error|warning|note): .*)$")
_CARET = re.compile(r"^    [ \t]*(?P<marks>\^~*)$")


@dataclass
class Message:
    """One diagnostic or note: where (line None for the whole file), severity, text, id."""
    line: int | None
    column: int
    end: int
    severity: str
    text: str
    id: str | None
    notes: list["Message"] = field(default_factory=list)

    def key(self) -> tuple:
        return (self.line or 0, self.column, self.end, self.severity, self.text, self.id or "",
                [n.key() for n in self.notes])

    def fields(self) -> str:
        """`severity: message [Id]`; a message of several lines keeps the id on its first line."""
        first, newline, rest = self.text.partition("\n")
        return f"{self.severity}: {first}" + (f" [{self.id}]" if self.id else "") + newline + rest


class FormatError(Exception):
    pass


def is_check(line: str) -> bool:
    return _CHECK.match(line) is not None


def code_lines(lines: list[str]) -> list[int]:
    """1-based file line numbers of the lines that are not checks, in order."""
    return [i + 1 for i, line in enumerate(lines) if not is_check(line)]


def strip(text: str) -> str:
    """The source without its check lines."""
    return "".join(line for line in text.splitlines(keepends=True) if not is_check(line))


def _fields(text: str, where: str) -> tuple[str, str, str | None]:
    m = _FIELDS.match(text)
    if not m:
        raise FormatError(f"{where}: expected 'error|warning|note: message [Id]', got {text!r}")
    return m.group("sev"), m.group("first") + (m.group("rest") or ""), m.group("id")


def read_expectations(text: str, name: str = "<file>") -> list[Message]:
    """The diagnostics a scenario file expects, with file line numbers."""
    lines = text.splitlines()
    code = code_lines(lines) + [len(lines) + 1]  # and the end of the file (a missing block)
    result: list[Message] = []
    entries: list[tuple[int, str]] = []  # (0-based line of the check, its text with continuations)
    for index, line in enumerate(lines):
        m = _CHECK.match(line)
        if not m:
            continue
        body = m.group("body")
        if body.startswith(CONTINUATION):
            if not entries:
                raise FormatError(f"{name}:{index + 1}: a continuation line must follow a check")
            entries[-1] = (entries[-1][0], entries[-1][1] + "\n" + body[len(CONTINUATION) + 1:])
        else:
            entries.append((index, body.lstrip(" ")))
    for index, body in entries:
        where = f"{name}:{index + 1}"
        if body.startswith(("STDERR:", "EXIT:")):
            raise FormatError(f"{where}: a check of the old whole-stderr form: `test_golden.py --update` on this "
                              "file rewrites it in this form; then split it into one scenario per file")
        place = _PLACE.match(body)
        if place:
            rel = int(place.group("rel"))
            below = [n for n in code if n > index + 1]
            above = [n for n in code if n < index + 1]
            if rel == 0 or (rel > 0 and rel > len(below)) or (rel < 0 and -rel > len(above)):
                raise FormatError(f"{where}: @{rel:+d} points outside the file")
            target = below[rel - 1] if rel > 0 else above[rel]
            column = int(place.group("col"))
            end = int(place.group("end") or column)
            severity, message, ident = _fields(place.group("rest"), where)
        else:
            target, column, end = None, 0, 0
            severity, message, ident = _fields(body, where)
        item = Message(target, column, end, severity, message, ident)
        if severity == "note":
            if not result:
                raise FormatError(f"{where}: a note must follow the diagnostic it belongs to")
            result[-1].notes.append(item)
        else:
            result.append(item)
    return result


def parse_output(stderr: str, source_lines: list[str], name: str) -> list[Message]:
    """pycxx's text diagnostics for one file, parsed; anything else it printed is an error."""
    out = stderr.splitlines()
    result: list[Message] = []
    i = 0
    while i < len(out):
        m = _HEADER.match(out[i])
        if not m or m.group("file") != name:
            raise FormatError(f"unexpected output line: {out[i]!r}")
        text = m.group("fields")
        i += 1
        # The message's further lines, then (for a placed one) the quoted line and its caret.
        following = []
        while i < len(out) and not _HEADER.match(out[i]):
            following.append(out[i])
            i += 1
        line = int(m.group("line")) if m.group("line") else None
        quote = line is not None and len(following) >= 2 and following[-2].startswith("    ") and _CARET.match(following[-1])
        if quote:
            i -= 2
            following = following[:-2]
        if following:
            text += "\n" + "\n".join(following)
        severity, message, ident = _fields(text, "output")
        column = int(m.group("col")) if m.group("col") else 0
        end = column
        if line is not None and i + 1 < len(out) and out[i].startswith("    ") and _CARET.match(out[i + 1]):
            quoted = out[i][4:].rstrip()
            actual = source_lines[line - 1].rstrip() if line <= len(source_lines) else ""
            if quoted != actual:
                raise FormatError(f"line {line} is quoted as {quoted!r} but reads {actual!r}")
            end = column + len(_CARET.match(out[i + 1]).group("marks")) - 1
            i += 2
        item = Message(line, column, end, severity, message, ident)
        if severity == "note":
            if not result:
                raise FormatError(f"a note before any diagnostic: {out[i - 1]!r}")
            result[-1].notes.append(item)
        else:
            result.append(item)
    return result


def render(found: list[Message], source_lines: list[str], name: str) -> list[str]:
    """The text pycxx prints for `found` (parse_output's inverse): each header with its
    quoted line and caret, a message's further lines after its header."""
    def place(m: Message, fields: str) -> list[str]:
        if m.line is None:
            return [f"{name}: {fields}"]
        out = [f"{name}:{m.line}:{m.column}: {fields}"]
        source = source_lines[m.line - 1].rstrip() if m.line <= len(source_lines) else ""
        if source:
            # Columns count UTF-8 bytes; the caret is padded one cell per character, tabs kept.
            before = source.encode("utf-8")[:m.column - 1].decode("utf-8", errors="ignore")
            pad = "".join("\t" if c == "\t" else " " for c in before)
            out += ["    " + source, "    " + pad + "^" + "~" * (m.end - m.column)]
        return out

    out: list[str] = []
    for d in found:
        head, _, tail = d.fields().partition("\n")
        placed = place(d, head)
        out += placed[:1] + (tail.split("\n") if tail else []) + placed[1:]
        for n in d.notes:
            out += place(n, n.fields())
    return out


def run_check(pycxx: str, path: Path) -> tuple[list[Message], int, str]:
    """`pycxx check` on the file as it is (checks included): its diagnostics, exit status, stderr."""
    run = subprocess.run([pycxx, "check", path.name], cwd=path.parent, capture_output=True, text=True)
    source = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return parse_output(run.stderr, source, path.name), run.returncode, run.stderr


def _place(line: int, anchor: int, code: list[int]) -> str:
    """`@+N` / `@-N` of file line `line` for a check block just above code line `anchor`."""
    a, t = code.index(anchor), code.index(line)
    return f"@+{t - a + 1}" if t >= a else f"@-{a - t}"


def _check_line(indent: str, item: Message, anchor: int | None, code: list[int]) -> str:
    first, *rest = item.fields().split("\n")
    if item.line is None or anchor is None:
        head = f"{indent}{CHECK_PREFIX} {first}"
    else:
        cols = f"{item.column}" if item.end <= item.column else f"{item.column}-{item.end}"
        head = f"{indent}{CHECK_PREFIX}{_place(item.line, anchor, code)}:{cols}: {first}"
    return "\n".join([head] + [f"{indent}{CHECK_PREFIX}{CONTINUATION} {r}".rstrip() for r in rest])


def write_expectations(text: str, found: list[Message]) -> str:
    """The file with its checks replaced by `found` (file line numbers of `text`). Trailing
    blank lines go, so a diagnostic at the end of the file (an expected block that never
    came) may move: test_golden.py's update checks the rewritten file again."""
    lines = text.splitlines()
    code = code_lines(lines)
    while code and not lines[code[-1] - 1].strip():
        code.pop()
    body = [lines[n - 1] for n in code]
    end = len(body) + 1  # the line after the last: where pycxx reports the end of the file
    renumber = {n: k for k, n in enumerate(code, start=1)}  # file line -> line in `body`

    def moved(item: Message) -> Message:
        line = item.line
        if line is not None:
            if line in renumber:
                line = renumber[line]
            elif not code or line > code[-1]:
                line = end
            else:
                raise FormatError(f"a diagnostic points at check line {line}")
        return Message(line, item.column, item.end, item.severity, item.text, item.id, [moved(n) for n in item.notes])

    placed = [moved(d) for d in found]
    numbers = list(range(1, end + 1))
    above: dict[int, list[str]] = {}
    for d in sorted((d for d in placed if d.line is not None), key=lambda d: (d.line, d.column, d.end)):
        target = body[d.line - 1] if d.line < end else ""
        indent = target[:len(target) - len(target.lstrip())] if target.strip() else ""
        block = above.setdefault(d.line, [])
        block.append(_check_line(indent, d, d.line, numbers))
        block.extend(_check_line(indent, n, d.line, numbers) for n in d.notes)
    out: list[str] = []
    for k, line in enumerate(body, start=1):
        out.extend(above.get(k, []))
        out.append(line)
    out.extend(above.get(end, []))
    whole_file = [d for d in placed if d.line is None]
    if whole_file:
        if end not in above:
            out.append("")  # a blank line would be the code line an end-of-file check points at
        for d in whole_file:
            out.append(_check_line("", d, None, numbers))
            out.extend(_check_line("", n, None, numbers) for n in d.notes)
    return "\n".join(out) + "\n"
