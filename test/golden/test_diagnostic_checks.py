"""The golden expectation format (diagnostic_checks.py) without a compiler: pycxx's text
output parsed, written above the lines it points at, and read back to the same diagnostics."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from diagnostic_checks import FormatError, Message, parse_output, read_expectations, render, write_expectations  # noqa: E402

SOURCE = """\
def f(n: int) -> int:
    total = 0
    total = 0.5
    return heapq.heappush(n)
"""
# What render_text.cpp prints for SOURCE: a note on an earlier line, a message of two lines.
OUTPUT = """\
m.py:3:5: error: 'total' is assigned a 'float' here [IncompatibleAssignment]
        total = 0.5
        ^~~~~
m.py:2:5: note: 'total' first gets type 'int' here
        total = 0
        ^~~~~
m.py:4:12: error: no form of heapq.heappush() takes arguments (int); the supported forms are: [BadCallArguments]
    heappush(heap: list[T], item: T, /) -> None
        return heapq.heappush(n)
               ^~~~~~~~~~~~~~~~~
m.py: error: source encoding 'x' is not supported [SourceEncoding]
"""

EXPECTED_FILE = """\
def f(n: int) -> int:
    total = 0
    # CHECK:@+1:5-9: error: 'total' is assigned a 'float' here [IncompatibleAssignment]
    # CHECK:@-1:5-9: note: 'total' first gets type 'int' here
    total = 0.5
    # CHECK:@+1:12-28: error: no form of heapq.heappush() takes arguments (int); the supported forms are: [BadCallArguments]
    # CHECK:|     heappush(heap: list[T], item: T, /) -> None
    return heapq.heappush(n)

# CHECK: error: source encoding 'x' is not supported [SourceEncoding]
"""


def test_output_is_parsed_with_ranges_notes_and_continuations():
    found = parse_output(OUTPUT, SOURCE.splitlines(), "m.py")
    assert [(d.line, d.column, d.end, d.id, len(d.notes)) for d in found] == [
        (3, 5, 9, "IncompatibleAssignment", 1), (4, 12, 28, "BadCallArguments", 0), (None, 0, 0, "SourceEncoding", 0)]
    assert found[1].text.endswith("forms are:\n    heappush(heap: list[T], item: T, /) -> None")
    assert (found[0].notes[0].line, found[0].notes[0].severity) == (2, "note")


def test_expectations_are_written_above_their_lines_and_read_back():
    found = parse_output(OUTPUT, SOURCE.splitlines(), "m.py")
    written = write_expectations(SOURCE, found)
    assert written == EXPECTED_FILE
    back = read_expectations(written)
    # Read back in terms of the written file's lines: the same diagnostics, one line further per check above.
    again = parse_output(OUTPUT.replace("m.py:3:", "m.py:5:").replace("m.py:2:", "m.py:2:").replace("m.py:4:", "m.py:8:"),
                         written.splitlines(), "m.py")
    assert sorted(map(Message.key, back)) == sorted(map(Message.key, again))
    assert write_expectations(written, again) == written  # updating twice changes nothing


def test_a_quoted_line_that_is_not_the_source_line_is_an_error():
    with pytest.raises(FormatError):
        parse_output(OUTPUT.replace("        total = 0.5", "        total = 1"), SOURCE.splitlines(), "m.py")


def test_output_that_is_no_diagnostic_is_an_error():
    with pytest.raises(FormatError):
        parse_output("Segmentation fault\n", SOURCE.splitlines(), "m.py")


def test_a_place_outside_the_file_is_an_error():
    with pytest.raises(FormatError):
        read_expectations("# CHECK:@+2:1: error: x [SyntaxError]\n")


def test_an_old_whole_stderr_check_is_named_as_such():
    with pytest.raises(FormatError, match="old whole-stderr form"):
        read_expectations("x = 1\n# CHECK:EXIT: 1\n# CHECK:STDERR: m.py:1:1: error: x [SyntaxError]\n")


def test_render_prints_what_was_parsed():
    found = parse_output(OUTPUT, SOURCE.splitlines(), "m.py")
    assert render(found, SOURCE.splitlines(), "m.py") == OUTPUT.splitlines()


def test_a_diagnostic_at_the_end_of_the_file_is_written_after_the_last_line():
    source = "def f(x: int) -> int:\n\n"
    found = parse_output("m.py:3:1: error: expected an indented block [InvalidIndentation]\n", source.splitlines(), "m.py")
    written = write_expectations(source, found)
    assert written == "def f(x: int) -> int:\n# CHECK:@+1:1: error: expected an indented block [InvalidIndentation]\n"
    # pycxx then reports the line after the last, which the check's @+1 names.
    assert [d.line for d in read_expectations(written)] == [3]
