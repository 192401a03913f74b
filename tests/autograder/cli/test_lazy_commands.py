"""`course` imports a command's module only when the command runs: `course --help` still
shows every command of every area as it would with all of them imported, and checking a
credential does not wait for nbgrader."""

import json
import os
import subprocess
import sys

HELP_AND_COMMANDS = """
import contextlib, io, json, sys
from autograder.cli import main
if sys.argv[1:] == ["every-area"]:
    import importlib, pkgutil
    import autograder.cli as cli
    for area in pkgutil.iter_modules(cli.__path__):
        if area.name != "__main__":
            importlib.import_module(f"autograder.cli.{area.name}")
shown = io.StringIO()
with contextlib.redirect_stdout(shown):
    main(["--help"], prog_name="course")
print(json.dumps({"help": shown.getvalue(),
                  "defined": {n: c.callback.__module__ for n, c in main.commands.items()},
                  "listed": {n: f"autograder.cli.{m}" for n, (m, _) in main.lazy_commands.items()}}))
"""
VERIFY = """
import json, sys
from autograder.cli import main
try:
    main(["verify", "no-such-credential.json"])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def python(code: str, *args: str):
    return json.loads(subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                                     check=True, env={**os.environ, "COLUMNS": "100"}).stdout)


def test_help_lists_every_command_of_every_area_without_importing_them():
    lazy, eager = python(HELP_AND_COMMANDS), python(HELP_AND_COMMANDS, "every-area")
    assert lazy["defined"] == {}  # --help imported no area
    assert lazy["help"] == eager["help"]  # …and shows what importing them all shows
    assert lazy["listed"] == eager["defined"]  # each command, listed under the area that defines it
    assert all(f"\n  {name} " in lazy["help"] for name in eager["defined"])


def test_checking_a_credential_imports_neither_nbgrader_nor_the_other_areas():
    loaded = python(VERIFY)
    assert "autograder.cli.certification" in loaded  # the command was reached…
    assert not [m for m in loaded if m.split(".")[0] in ("nbgrader", "jupytext", "pandas", "matplotlib", "sklearn")]
    assert [m for m in loaded if m.startswith("autograder.cli.")] == ["autograder.cli.app",
                                                                     "autograder.cli.certification"]
