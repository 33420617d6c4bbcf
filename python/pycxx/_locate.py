"""Finding the installed `pycxx` executable (used by __main__.py and build_ext.py).

pip installs it into the scripts folder of the prefix this package was installed into
(<prefix>/bin): a venv's, `--user`'s, or the temporary prefix of pip's build isolation, which is
on PATH only while that build runs and differs from `sysconfig`'s scripts folder. So the
distribution's own file list (its RECORD) says where it is; the scripts folder and PATH come after,
for a package imported from elsewhere.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "pycxx-compiler"  # the name on PyPI and in `requires`; the import name is `pycxx`

_NAME = "pycxx.exe" if sys.platform == "win32" else "pycxx"


def _installed_with_this_package() -> str | None:
    """The executable listed in the RECORD of the distribution that holds this very file."""
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    files = dist.files or []
    here = Path(__file__).resolve()
    # Another installation earlier on sys.path would list someone else's executable.
    if not any(f.name == "_locate.py" and Path(dist.locate_file(f)).resolve() == here for f in files):
        return None
    for f in files:
        if f.name == _NAME and f.parent.name in ("bin", "Scripts"):
            path = Path(dist.locate_file(f)).resolve()
            if path.is_file() and os.access(path, os.X_OK):
                return str(path)
    return None


def executable() -> str:
    """The path of the pycxx executable: $PYCXX, else the one installed with this package, else
    this environment's scripts folder, else PATH."""
    override = os.environ.get("PYCXX")
    if override:
        return override
    found = _installed_with_this_package()
    if found:
        return found
    candidates = [sysconfig.get_path("scripts"), os.path.join(sys.prefix, "bin")]
    for folder in candidates:
        path = os.path.join(folder, _NAME)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    found = shutil.which(_NAME)
    if found:
        return found
    raise FileNotFoundError(
        "the pycxx executable is not installed in this environment "
        f"(looked in {', '.join(candidates)} and on PATH): run `pip install {DISTRIBUTION}` or set $PYCXX"
    )
