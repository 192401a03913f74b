"""What every lesson must prove before trainees get it, by releasing and grading it for real.

In a throwaway copy of the course, nbgrader releases the lesson (the release must hold no
hidden material) and grades two submissions: the solution notebook (it must earn every
autograded point with no error anywhere) and the untouched release (it must run without
error until the first answer and earn 0).
"""

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import bwrap_path
from autograder.grading.outcome import OK, TAMPERED
from autograder.grading.scores import read_scores
from autograder.grading.status import StatusBook
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import LessonSource
from autograder.release.generate import generate_release
from autograder.release.leaks import find_leaks
from autograder.release.proof_reasons import failure_reasons
from course.lesson import LessonInfo

SOLUTION, BLANK = "proof-solution", "proof-blank"
VARIANT_TRIALS = 5  # trainee ids a lesson with per-trainee variants is proven for


def uses_variants(lesson: LessonSource) -> bool:
    return any("trainee_seed(" in cell.source for cell in lesson.cells)


@dataclass(frozen=True)
class ProofReport:
    lesson_id: str
    solution_score: float
    blank_score: float
    autograded_max: float
    problems: list[str]

    @property
    def holds(self) -> bool:
        return not self.problems


def errors_in(notebook_path: Path, lesson: LessonSource | None = None) -> list[tuple[int, str]]:
    """(cell index, where) for every error output in a graded notebook; `where` names the
    cell so an author can find it: its grade id, or its first line of code, the error, and
    (given the lesson) the line of the lesson source the cell comes from."""
    notebook = nbformat.read(notebook_path, as_version=4)
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first_line = next((line for line in cell.source.splitlines() if line.strip()), "")
                name = cell.metadata.get("nbgrader", {}).get("grade_id") or f"`{first_line[:60]}`"
                evalue = f": {output.get('evalue')}" if output.get("evalue") else ""
                source = next((c for c in (lesson.cells if lesson else []) if first_line and first_line in c.source), None)
                at = f", at {lesson.path}:{source.line}" if source else ""
                found.append((index, f"{output.get('ename', 'an error')}{evalue} in cell {index + 1} ({name}){at}"))
    return found


def first_answer_index(notebook_path: Path) -> int:
    notebook = nbformat.read(notebook_path, as_version=4)
    return next((i for i, cell in enumerate(notebook.cells)
                 if cell.metadata.get("nbgrader", {}).get("solution")), len(notebook.cells))


def prove_lesson(lesson: LessonSource, config: CourseConfig) -> ProofReport:
    lesson_id = lesson.lesson_id
    with tempfile.TemporaryDirectory(prefix=f"proof-{lesson_id}-") as scratch:
        trial = config.with_(course_dir=Path(scratch), db_url=None)
        shutil.copytree(config.source_dir(lesson_id), trial.source_dir(lesson_id))
        if config.judges_dir(lesson_id).exists():
            shutil.copytree(config.judges_dir(lesson_id), trial.judges_dir(lesson_id))
        generate_release(trial, lesson_id)
        leaks = find_leaks(trial.release_dir(lesson_id), lesson, config.datasets_dir)
        if leaks:
            return ProofReport(lesson_id, 0, 0, 0, [f"the release leaks {leak}" for leak in leaks])
        # a lesson with per-trainee variants must hold for every trainee: try several seeds
        solutions = [SOLUTION] + ([f"{SOLUTION}-{n}" for n in range(2, VARIANT_TRIALS + 1)] if uses_variants(lesson) else [])
        for trainee in solutions + [BLANK]:
            origin = trial.release_dir(lesson_id) if trainee == BLANK else trial.source_dir(lesson_id)
            shutil.copytree(origin, trial.submitted_dir(trainee, lesson_id))
            write_timestamp(trial.submitted_dir(trainee, lesson_id))
        # the instructor's own notebooks: a sandbox where there is one, none needed where not
        grade_cohort(trial, [lesson_id], workers=2, unsafe=bwrap_path() is None, show_progress=False)
        statuses = StatusBook(trial.gradebook_url)
        outcomes = statuses.all()
        statuses.close()
        scores = read_scores(trial, lesson_id)
        notebook_name = f"{lesson_id}.ipynb"
        # the solution holds hidden tests its release lacks, so it reads as "tampered"; that is expected
        problems = [f"the {trainee.removeprefix('proof-')} notebook could not be graded: "
                    f"{outcomes[(trainee, lesson_id)].status} {outcomes[(trainee, lesson_id)].detail}".rstrip()
                    for trainee in solutions + [BLANK]
                    if outcomes[(trainee, lesson_id)].status not in ((OK,) if trainee == BLANK else (OK, TAMPERED))]
        if problems:
            return ProofReport(lesson_id, 0, 0, 0, problems)
        for trainee in solutions[1:]:
            if scores[trainee].auto_score < scores[trainee].auto_max:
                problems.append(f"the solution earns {scores[trainee].auto_score:g} of {scores[trainee].auto_max:g} "
                                f"for the trainee variant of '{trainee}'")

        solution, blank = scores[SOLUTION], scores[BLANK]
        if solution.auto_score < solution.auto_max:
            points = {item: info.points for item, info in LessonInfo.load(trial.source_dir(lesson_id)).items.items()
                      if not info.manual}
            failing = [item for item, most in points.items() if (solution.items.get(item) or 0) < most]
            problems.append(f"the solution earns {solution.auto_score:g} of {solution.auto_max:g} autograded points"
                            + (f" (failing: {', '.join(failing)})" if failing else ""))
            solved = trial.autograded_dir(SOLUTION, lesson_id) / notebook_name
            problems += [f"    {reason}" for item in failing
                         for reason in failure_reasons(lesson, trial, SOLUTION, item, solved)]
        for _, where in errors_in(trial.autograded_dir(SOLUTION, lesson_id) / notebook_name, lesson):
            problems.append(f"the solution raises {where}")
        blank_path = trial.autograded_dir(BLANK, lesson_id) / notebook_name
        first_answer = first_answer_index(blank_path)
        for index, where in errors_in(blank_path, lesson):
            if index < first_answer:
                problems.append(f"the untouched release raises {where}, before the first answer")
        if blank.score != 0:
            earned = [item for item, score in blank.items.items() if score]
            problems.append(f"the untouched release earns {blank.score:g} points (from {', '.join(earned)})")
        return ProofReport(lesson_id, solution.auto_score, blank.score, solution.auto_max, problems)

