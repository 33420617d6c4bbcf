"""Differential tests of modules/str_unicode.py: every code point through the character
classes and case mappings (against this python3's unicodedata, which generated the tables),
and the layout, partition, splitlines and search methods on edge inputs."""

import sys

import pytest

from harness import call, differential, load_reference

WORDS = ["", "abc", "ABC", "Hello World", "hello world", "123", "½²五", "ǅungla", "ǆemal ǈ", "ßtraße", "ΟΔΟΣ ΣΑΣ",
         "a\nb\r\nc\x1cd\u2028", "  -42", "+7", "ﬁne", "İstanbul", "x1 y2", "٣٤", "Ⅻ", "hello_World3", "ŉ",
         "ₚΣ", "aΣ", "they're bill's", "\t \u3000"]
CALLS = ([call("predicates", w) for w in WORDS] + [call("mappings", w) for w in WORDS]
         + [call("layout", w, n, f) for w in ("", "ab", "-5", "+é", "héllo") for n in (-1, 0, 4, 7) for f in ("*", "é")]
         + [call("layout", "ab", 5, f) for f in ("", "xy")]
         + [call("parts", w, sep) for w in WORDS[:12] for sep in ("l", "a", "\n", "Σ")]
         + [call("parts", "abc", "")]
         + [call("lines", w, k) for w in WORDS[9:13] + ["a\n\nb\n", "\r\n", "x\ry\x85z"] for k in (False, True)]
         + [call("lines_default", "one\ntwo\r\n")]
         + [call("positions", w, sub) for w in ("hello", "héllo wörld") for sub in ("l", "ö", "z", "")]
         + [call("stripped", w, chars) for w in ("aabcaa", " \t x \u2003", "ééxé") for chars in ("a", "é", "")])

test_function, test_call, test_module = differential("str_unicode", CALLS)


def compiled(compiled_modules):
    module = compiled_modules["str_unicode"]
    if isinstance(module, str):
        pytest.fail(module, pytrace=False)
    return module


def every_code_point():
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_every_code_point_predicates(compiled_modules):
    chars = every_code_point()
    got = compiled(compiled_modules).predicates_of_each(chars)
    want = load_reference("str_unicode").predicates_of_each(chars)
    wrong = [f"U+{ord(c):04X}" for c, a, b in zip(chars, got, want) if a != b]
    assert not wrong, f"{len(wrong)} code points differ, first {wrong[:10]}"


def test_every_code_point_mappings(compiled_modules):
    chars = every_code_point()
    got = compiled(compiled_modules).mappings_of_each(chars)
    want = load_reference("str_unicode").mappings_of_each(chars)
    wrong = [f"U+{ord(c):04X}" for c, a, b in zip(chars, got, want) if a != b]
    assert not wrong, f"{len(wrong)} code points differ, first {wrong[:10]}"
