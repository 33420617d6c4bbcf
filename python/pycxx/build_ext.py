"""A setuptools hook that compiles a package's hot modules with pycxx while `pip wheel .` runs.

In the package's setup.py:

    from setuptools import setup
    from pycxx.build_ext import build_ext, modules_from_pyproject
    setup(ext_modules=modules_from_pyproject(), cmdclass={"build_ext": build_ext})

with the modules listed in its pyproject.toml, and the distribution that installs pycxx,
"pycxx-compiler", in its [build-system] requires:

    [build-system]
    requires = ["setuptools", "pycxx-compiler"]
    build-backend = "setuptools.build_meta"

    [tool.pycxx]
    modules = ["mypkg/kernels.py"]          # or {source = "src/mypkg/kernels.py", name = "mypkg.kernels"}
    optional = false                        # true: if pycxx fails, ship the pure-Python module instead

`PycxxExtension(name, source)` can also be listed in ext_modules by hand. The wheel then holds
<module><EXT_SUFFIX> and <module>.pyi next to <module>.py; Python imports the compiled one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _setuptools_build_ext
from setuptools.errors import CompileError

from pycxx._locate import executable

__all__ = ["PycxxExtension", "build_ext", "modules_from_pyproject"]


class PycxxExtension(Extension):
    """One Python module compiled by pycxx. `optional=True` lets the build go on without it."""

    def __init__(self, name: str, source: str, *, optional: bool = False, pycxx_args: Iterable[str] = ()):
        super().__init__(name, sources=[source], optional=optional)
        self.pycxx_source = source
        self.pycxx_args = list(pycxx_args)


def _module_name_from_path(source: str) -> str:
    parts = list(Path(source).with_suffix("").parts)
    if parts and parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]  # the src/ layout
    return ".".join(parts)


def modules_from_pyproject(path: str | os.PathLike[str] = "pyproject.toml") -> list[PycxxExtension]:
    """The PycxxExtensions listed under [tool.pycxx] in `path` (none when there is no such table)."""
    import tomllib

    with open(path, "rb") as handle:
        config: dict[str, Any] = tomllib.load(handle).get("tool", {}).get("pycxx", {})
    optional = bool(config.get("optional", False))
    args = [str(a) for a in config.get("args", [])]
    modules = []
    for entry in config.get("modules", []):
        if isinstance(entry, str):
            entry = {"source": entry}
        if not isinstance(entry, dict) or "source" not in entry:
            raise ValueError(f"[tool.pycxx] modules: expected a path or {{source = ..., name = ...}}, got {entry!r}")
        source = str(entry["source"])
        name = str(entry.get("name", _module_name_from_path(source)))
        modules.append(PycxxExtension(name, source, optional=bool(entry.get("optional", optional)), pycxx_args=args))
    return modules


class build_ext(_setuptools_build_ext):
    """setuptools' build_ext, which hands PycxxExtensions to `pycxx build` and the rest to setuptools.

    The target is this interpreter (--python sys.executable) and, since a wheel runs on other
    machines, the portable instruction set (--arch=portable; $PYCXX_ARCH overrides it).
    """

    def build_extension(self, ext: Extension) -> None:
        if not isinstance(ext, PycxxExtension):
            super().build_extension(ext)
            return
        source = Path(ext.pycxx_source)
        module = ext.name.rsplit(".", 1)[-1]
        if source.stem != module:
            raise CompileError(f"pycxx: module {ext.name!r} must be built from a file named {module}.py, not {source}")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [
            executable(), "build", str(source), "-o", str(target.parent),
            "--python", sys.executable, "--arch", os.environ.get("PYCXX_ARCH", "portable"), *ext.pycxx_args,
        ]
        print(" ".join(command), flush=True)
        result = subprocess.run(command)
        if result.returncode != 0:
            raise CompileError(f"pycxx could not compile {source} (exit status {result.returncode}; see above)")
        if not target.is_file():
            raise CompileError(f"pycxx reported success but {target} was not written")
