"""The `course` command. Each area's subcommands live in their own module and register on `main`;
add a new area by writing its module and importing it here."""

from autograder.cli.app import main
# importing each area's module registers its subcommands
from autograder.cli import lessons  # noqa: F401  (build, release, simulate)
from autograder.cli import grading  # noqa: F401  (grade, feedback, similarity)
from autograder.cli import curriculum  # noqa: F401  (lessons: the course map)
from autograder.cli import syllabus  # noqa: F401  (syllabus: the standard's map)
from autograder.cli import exams  # noqa: F401  (paper …)
from autograder.cli import certification  # noqa: F401  (keys, certify, certificates, verify)
from autograder.cli import report  # noqa: F401  (roster, report, export)
from autograder.cli import exchange  # noqa: F401  (collect, release-feedback, hub)

__all__ = ["main"]
