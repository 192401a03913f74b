"""The `course` command. Each area's subcommands live in their own module and register on `main`;
add a new area by writing its module and importing it here."""

from autograder.cli.app import main
from autograder.cli import grading, lessons  # noqa: F401  (registers the subcommands)
from autograder.cli import exchange  # noqa: F401

__all__ = ["main"]
