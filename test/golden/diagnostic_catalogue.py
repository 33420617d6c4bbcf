"""Every diagnostic pycxx can give, as the golden tests and docs/diagnostics.md see it.

Read from compiler/diagnostics/diagnostic_kind.def: each row's name (the id printed in
brackets), severity, category (the `// ---` section it sits in) and description (the `//`
comment lines just above the row). When each message gets its own id, only `read()`
changes: the golden check and the page generator work on `Entry.id` and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TABLE = ROOT / "compiler" / "diagnostics" / "diagnostic_kind.def"

# Ids no golden scenario can produce, each with the reason and where it is tested instead.
NOT_FROM_GOLDEN_FILES = {
    "SourceUnreadable": "needs a missing or unreadable file, not a .py input: test/e2e/test_cli.py covers it",
    "PreviousDefinition": "a note kind: notes are attached to their diagnostic and print no id of their own",
}

_ROW = re.compile(r"^PYCXX_DIAGNOSTIC\((\w+),\s*(\w+)\)")
_SECTION = re.compile(r"^//\s*---\s*(.*)$")


@dataclass(frozen=True)
class Entry:
    id: str
    severity: str     # error, warning, note
    category: str     # the table's section heading
    description: str  # may be empty: the page check reports it


def read(table: Path = TABLE) -> list[Entry]:
    entries: list[Entry] = []
    category, comment = "", []
    for raw in table.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if m := _SECTION.match(line):
            category, comment = m.group(1).strip(), []
        elif line.startswith("//"):
            comment.append(line[2:].strip())
        elif m := _ROW.match(line):
            entries.append(Entry(m.group(1), m.group(2).lower(), category, " ".join(comment)))
            comment = []
        else:
            comment = []
    return entries
