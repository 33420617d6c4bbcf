"""meson-python (how SciPy and scikit-image build): a small package whose meson.build is the
snippet in docs/cli.md, `pycxx emit -o` for the C++ and `pycxx config --cflags/--libs` for the
flags, built with `pip wheel` in a venv holding the project's wheel and meson-python and ninja
from PyPI. The wheel holds the compiled module and its .pyi, and the module is what imports.
Label `slow` (it needs the project's wheel).
"""

from __future__ import annotations

import zipfile

import pytest

from conftest import EXT_SUFFIX, unzip_and_call

pytestmark = pytest.mark.slow

KERNEL = "def dot3(a: float, b: float, c: float) -> float:\n    return a * a + b * b + c * c\n"

PYPROJECT = """[build-system]
requires = ["meson-python", "pycxx-compiler"]
build-backend = "mesonpy"

[project]
name = "mesonpkg"
version = "1.0"
"""

# docs/cli.md, "meson-python", with the package's names.
MESON_BUILD = """project('mesonpkg', 'cpp', version: '1.0', meson_version: '>=1.1')

py = import('python').find_installation(pure: false)
pycxx = find_program('pycxx')
pycxx_dep = declare_dependency(
  compile_args: run_command(pycxx, 'config', '--cflags', '--arch=portable', '--python', py.full_path(),
                            check: true).stdout().split(),
  link_args: run_command(pycxx, 'config', '--libs', check: true).stdout().split())

kern = custom_target('kern',
  input: 'mesonpkg/kern.py', output: ['kern.cpp', 'kern.pyi'],
  command: [pycxx, 'emit', '@INPUT@', '-o', '@OUTPUT0@', '--pyi', '@OUTPUT1@'],
  install: true, install_dir: [false, py.get_install_dir() / 'mesonpkg'])
py.extension_module('kern', kern[0], dependencies: pycxx_dep, install: true, subdir: 'mesonpkg')
py.install_sources('mesonpkg/__init__.py', 'mesonpkg/kern.py', subdir: 'mesonpkg')
"""


def test_meson_python_builds_a_pycxx_module(wheel_venv, tmp_path):
    wheel_venv.install_from_pypi("meson-python", "ninja")
    root = tmp_path / "pkg"
    (root / "mesonpkg").mkdir(parents=True)
    (root / "mesonpkg" / "__init__.py").write_text("")
    (root / "mesonpkg" / "kern.py").write_text(KERNEL)
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "meson.build").write_text(MESON_BUILD)

    # No build isolation: the venv already has what [build-system] requires; meson finds pycxx on PATH.
    run = wheel_venv.pip("wheel", "--no-build-isolation", "--no-deps", "-w", str(root / "dist"), str(root), cwd=root)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-6000:]
    (wheel,) = (root / "dist").glob("mesonpkg-1.0-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"mesonpkg/kern{EXT_SUFFIX}", "mesonpkg/kern.pyi", "mesonpkg/kern.py"} <= set(names), names
    assert unzip_and_call(wheel, tmp_path / "site", "mesonpkg.kern", "print(m.dot3(1.0, 2.0, 3.0))") == "14.0"
