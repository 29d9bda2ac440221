#!/usr/bin/env python3
"""Set up .venv on first use, then run the specification or the whole test suite.

    python3 run.py spec    the feature files against the in-process reference app
    python3 run.py tests   every test: features, unit and property tests
    python3 run.py serve   the reference app on http://127.0.0.1:8000

Further arguments go to pytest (or to the server for `serve`). Needs only Python 3.11+.
"""

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".installed-from"

COMMANDS = {
    "spec": ["-m", "pytest", "tests/features"],
    "tests": ["-m", "pytest"],
    "serve": ["-m", "reference_app", "--generate-secret"],
}


def ensure_environment() -> None:
    """Create .venv and install the project with its test extras when pyproject.toml changed."""
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    if STAMP.exists() and STAMP.read_bytes() == pyproject:
        return
    if not PYTHON.exists():
        print("creating .venv and installing the project (first run only, about a minute)...",
              file=sys.stderr, flush=True)
        venv.create(VENV, with_pip=True)
    else:
        print("installing the project into .venv (pyproject.toml is new or changed)...",
              file=sys.stderr, flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", f"{ROOT}[test,postgres,mysql]"], check=True)
    STAMP.write_bytes(pyproject)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_environment()
    command = [str(PYTHON), *COMMANDS[argv[0]], *argv[1:]]
    if os.name == "posix":
        # Replace this process, so that signals such as SIGTERM reach the server or pytest.
        os.chdir(ROOT)
        os.execv(command[0], command)
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
