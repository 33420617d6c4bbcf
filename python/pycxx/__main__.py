"""`python -m pycxx ARGS...` runs the installed pycxx executable with ARGS.

The interpreter running this is the default target (--python), so `python3.12 -m pycxx build m.py`
builds for Python 3.12 without naming it twice.
"""

from __future__ import annotations

import os
import sys

from pycxx._locate import executable


def main() -> None:
    try:
        path = executable()
    except FileNotFoundError as error:
        print(f"pycxx: error: {error}", file=sys.stderr)
        sys.exit(1)
    env = dict(os.environ)
    env.setdefault("PYCXX_PYTHON", sys.executable)
    os.execve(path, [path, *sys.argv[1:]], env)


if __name__ == "__main__":
    main()
