"""The CPython boundary of list, dict, set and str (runtime/pycxx/python/containers_convert.hpp)
without the compiler: builds probe/containers_probe.cpp with the system C++ compiler and checks
conversions both ways, write-back of mutated arguments, TypeError messages and the KeyError
argument, each against what CPython does for the same Python function."""

import importlib.util
import os
import random
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
RUNTIME = HERE.parent.parent.parent / "runtime"


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    cxx = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if not cxx:
        pytest.fail("no C++ compiler: set CXX")
    out = tmp_path_factory.mktemp("probe") / ("containers_probe" + sysconfig.get_config_var("EXT_SUFFIX"))
    command = [cxx, "-std=c++20", "-shared", "-fPIC", "-fvisibility=hidden", "-O1", "-Wall", "-Wextra", "-Werror",
               "-I", str(RUNTIME), "-isystem", sysconfig.get_paths()["include"],
               str(HERE / "probe" / "containers_probe.cpp"), "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    spec = importlib.util.spec_from_file_location("containers_probe", out)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def push(a, x):
    a.append(x)
    a[0] = -a[0]


def word_counts(text):
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def test_mutated_list_argument_is_seen_by_the_caller(probe):
    mine, theirs = [3, 1], [3, 1]
    alias = mine
    assert probe.push(mine, 7) is None
    push(theirs, 7)
    assert mine == theirs == [-3, 1, 7]
    assert alias is mine


def drain(a):
    while True:
        a.pop()


def test_mutations_before_an_exception_are_seen(probe):
    mine, theirs = [1, 2], [1, 2]
    with pytest.raises(IndexError) as compiled:
        probe.drain(mine)
    with pytest.raises(IndexError) as interpreted:
        drain(theirs)
    assert str(compiled.value) == str(interpreted.value) == "pop from empty list"
    assert mine == theirs == []


def test_dict_result_keeps_insertion_order(probe):
    text = "the Cat and THE hat \u00e9t\u00e9 and the"
    got = probe.word_counts(text)
    assert got == word_counts(text)
    assert list(got) == list(word_counts(text))


def test_dict_argument_written_back_and_values_converted(probe):
    d = {"a": [1.0, 2.5], "b": [], "c": [0.1]}
    assert probe.forget(d, "b") == []
    assert list(d) == ["a", "c"]
    assert d["c"] == [0.1]
    with pytest.raises(KeyError):
        probe.forget(d, "zz")


def test_set_argument_written_back(probe):
    s = {0, 1, 2, 4, 7}
    assert probe.evens(s) == {2, 4}
    assert s == {1, 2, 4, 7}
    assert probe.evens(frozenset({2, 3})) == {2}


def test_str_round_trip_by_code_point(probe):
    assert probe.shout("") == "!"
    assert probe.shout("h\u00e9llo") == "OLL\u00c9H!"
    # Every code point through upper() (unicode_table.hpp) and slicing by code point.
    every = "".join(chr(c) for c in range(1, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert probe.shout(every) == every.upper()[::-1] + "!"
    assert probe.shout("abc") == "CBA!"
    assert probe.shout("a\U0001F600b") == "B\U0001F600A!"


def test_lower_repr_len_of_every_code_point(probe):
    # Each code point between spaces, so no final-sigma context arises (not supported).
    every = " ".join(chr(c) for c in range(1, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert probe.text_views(every) == (every.lower(), repr(every), len(every))
    # The final-sigma rule: every code point before and after a capital sigma.
    sigma = "".join("A" + chr(c) + "\u03a3 " + "\u03a3" + chr(c) + "b A\u03a3" + chr(c) + " "
                    for c in range(1, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert probe.text_views(sigma)[0] == sigma.lower()
    for s in ["", "it's", 'a"b', "a'b\"c", "\t\x00\x7f\x85"]:
        assert probe.text_views(s) == (s.lower(), repr(s), len(s))


def str_ops(s, t, n):
    return (s.split(), s.split(None, n), s.split(t, n), s.strip(), s.strip(t), s.lstrip(t), s.rstrip(),
            s.replace(t, "<>", n), s.find(t), s.rfind(t), s.count(t), t in s, s.startswith(t), s.endswith(t),
            s[n::-2], s < t,
            (s.rsplit(None, n), s.rsplit(t, n), s.splitlines(), s.splitlines(True), s.partition(t), s.rpartition(t),
             s.center(n + 8, "*"), s.ljust(n + 8), s.rjust(n + 8, "\xe9"), (t + s).zfill(n + 8), s.isspace()))


def test_str_methods_on_random_text(probe):
    rng = random.Random(5)
    alphabet = "ab,+- \t\n\r\x1c\x85\u2028\u3000\xa0\xe9\u03a3\U0001F600"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        t = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 3)))
        n = rng.randrange(-2, 4)
        assert probe.str_ops(s, t, n) == str_ops(s, t, n), (s, t, n)


def test_list_slices_on_random_bounds(probe):
    rng = random.Random(7)
    bound = lambda: rng.choice([None, rng.randrange(-9, 10)])
    for _ in range(3000):
        a = list(range(rng.randrange(0, 8)))
        start, stop, step = bound(), bound(), rng.choice([None, -3, -2, -1, 1, 2, 3])
        part = a[start:stop:step]
        assigned = list(a)
        assigned[start:stop:step] = part[::-1]
        deleted = list(a)
        del deleted[start:stop:step]
        assert probe.list_slices(a, start, stop, step) == (part, assigned, deleted), (a, start, stop, step)


def dict_ops(ops):
    d, results = {}, []
    for kind, k, v in ops:
        if kind == 0:
            d[k] = v
        elif kind == 1:
            results.append(d.pop(k, -1))
        elif kind == 2:
            results.append(d.setdefault(k, v))
        elif kind == 3:
            results.append(d.get(k, -1))
        elif k in d:
            del d[k]
    return d, results


def test_dict_order_under_random_operations(probe):
    rng = random.Random(11)
    for _ in range(300):
        ops = [(rng.randrange(5), rng.randrange(40), rng.randrange(100)) for _ in range(rng.randrange(200))]
        got, want = probe.dict_ops(ops), dict_ops(ops)
        assert got == want
        assert list(got[0].items()) == list(want[0].items())  # the same order, not only equal


def test_sort_is_stable_as_cpython_with_key_and_reverse(probe):
    rng = random.Random(3)
    for _ in range(500):
        a = [(rng.randrange(4), rng.choice(["a", "b", "\xe9", "ab", ""])) for _ in range(rng.randrange(30))]
        reverse = rng.random() < 0.5
        want = (sorted(a, key=lambda t: t[0], reverse=reverse), sorted(a, reverse=reverse))
        assert probe.sorts(a, reverse) == want


@pytest.mark.parametrize("call, message", [
    (lambda p: p.push((1, 2), 3), "push() argument 'a' must be list[int], not tuple"),
    (lambda p: p.push([1, "x"], 3), "push() argument 'a'[1] must be int, not str"),
    (lambda p: p.word_counts(b"x"), "word_counts() argument 'text' must be str, not bytes"),
    (lambda p: p.forget({"a": [1.0, "x"]}, "a"), "forget() argument 'd'['a'][1] must be float, not str"),
    (lambda p: p.forget([], "a"), "forget() argument 'd' must be dict[str, list[float]], not list"),
    (lambda p: p.evens([1]), "evens() argument 's' must be set[int], not list"),
])
def test_wrong_types_name_the_annotation(probe, call, message):
    with pytest.raises(TypeError) as info:
        call(probe)
    assert str(info.value) == message


@pytest.mark.parametrize("key", ["ab", "it's", 5, -3, (1, "a"), 2.5, True])
def test_key_error_argument_rebuilds_the_key(probe, key):
    try:
        {}[key]
    except KeyError as e:
        message = str(e)
    assert probe.key_error_argument(message) == key
    assert str(KeyError(probe.key_error_argument(message))) == message
