"""nbgrader's quickstart course for tests and benchmarks: the course `nbgrader quickstart`
makes, nbgrader's own API on it, and submissions made the way trainees would make them."""

import re
import shutil
from pathlib import Path

import nbformat
import nbgrader
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config.loader import PyFileConfigLoader

from autograder.grading.submissions import write_timestamp

ASSIGNMENT = "ps1"  # problem1.ipynb and problem2.ipynb, with jupyter.png beside them
MARKERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\n", re.M)


def quickstart_course(folder: Path) -> Path:
    """What `nbgrader quickstart course101` makes: nbgrader's example course copied from the
    installed package, and the config lines quickstart writes (quickstart itself also starts
    nbgrader five times, for a config template and a gradebook outside the course folder: most
    of a minute on a busy machine)."""
    example = Path(nbgrader.__file__).parent / "docs" / "source" / "user_guide" / "source"
    shutil.copytree(example, folder / "source", ignore=shutil.ignore_patterns("*.html", "autotests.yml", "ps1_autotest"))
    (folder / "nbgrader_config.py").write_text('c = get_config()\nc.CourseDirectory.course_id = "course101"\n'
                                               'c.IncludeHeaderFooter.header = "source/header.ipynb"\n')
    return folder


def plain_nbgrader(course_dir: Path) -> NbGraderAPI:
    """nbgrader's own API on the course, configured from its nbgrader_config.py as its CLI would be."""
    config = PyFileConfigLoader("nbgrader_config.py", str(course_dir)).load_config()
    config.CourseDirectory.root = str(course_dir)
    config.Exchange.root = str(course_dir / "exchange")
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def succeeded(result: dict) -> None:
    assert result["success"], result.get("log", "") + result.get("error", "")


def submit(course_dir: Path, trainee: str, folder: Path) -> Path:
    submitted = course_dir / "submitted" / trainee / ASSIGNMENT
    shutil.copytree(folder, submitted)
    write_timestamp(submitted)
    return submitted


def answer_one_task(submitted: Path, source: Path) -> None:
    """The release with problem1's first answer cell written as the solution has it."""
    released, solved = (nbformat.read(folder / "problem1.ipynb", as_version=4) for folder in (submitted, source))
    solutions = {c.metadata["nbgrader"]["grade_id"]: c.source for c in solved.cells if "nbgrader" in c.metadata}
    cell = next(c for c in released.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "squares")
    cell.source = MARKERS.sub("", solutions["squares"])
    nbformat.write(released, submitted / "problem1.ipynb")


def quickstart_cohort(course_dir: Path, trainees: int) -> dict[str, str]:
    """ps1 generated and `trainees` submissions, in turn a copy of the source (every answer
    right), of the release (blank) and the release with one task answered. trainee → kind."""
    succeeded(plain_nbgrader(course_dir).generate_assignment(ASSIGNMENT))
    source, release = course_dir / "source" / ASSIGNMENT, course_dir / "release" / ASSIGNMENT
    kinds = {}
    for number in range(trainees):
        trainee, kind = f"trainee-{number:04d}", ("solution", "blank", "partly")[number % 3]
        submitted = submit(course_dir, trainee, source if kind == "solution" else release)
        if kind == "partly":
            answer_one_task(submitted, source)
        kinds[trainee] = kind
    return kinds
