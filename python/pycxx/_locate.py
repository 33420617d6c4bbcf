"""Finding the installed `pycxx` executable (used by __main__.py and setuptools.py).

`pip install pycxx` puts it in the environment's scripts folder (<prefix>/bin), which is not
always on PATH (pyenv, `python -m` from another shell), so that folder is searched first.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig


def executable() -> str:
    """The path of the pycxx executable: $PYCXX, else this environment's scripts folder, else PATH."""
    override = os.environ.get("PYCXX")
    if override:
        return override
    name = "pycxx.exe" if sys.platform == "win32" else "pycxx"
    candidates = [sysconfig.get_path("scripts"), os.path.join(sys.prefix, "bin")]
    for folder in candidates:
        path = os.path.join(folder, name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    found = shutil.which(name)
    if found:
        return found
    raise FileNotFoundError(
        "the pycxx executable is not installed in this environment "
        f"(looked in {', '.join(candidates)} and on PATH): run `pip install pycxx` or set $PYCXX"
    )
