"""pip users (pyproject.toml) and conda users (environment.yml) get the same packages."""

import re
import tomllib

import yaml

from autograder.config import REPO


def normalise(requirement: str) -> tuple[str, str]:
    # pip's extras (psycopg[binary]) name the same package conda installs whole
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*(.*)$", requirement).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    pip_side = {normalise(r) for r in project["dependencies"] + extras}
    conda = yaml.safe_load((REPO / "environment.yml").read_text())["dependencies"]
    conda_side = {normalise(d) for d in conda if isinstance(d, str) and not d.startswith(("python=", "pip"))}
    assert conda_side == pip_side


def test_build_output_is_ignored_by_git():
    ignored = (REPO / ".gitignore").read_text().splitlines()
    assert {"/build/", "*.ipynb", "*.db"} <= set(ignored)
