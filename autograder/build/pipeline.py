"""`course build`: validate a lesson source and write its nbgrader source folder.

<course dir>/source/<lesson>/ receives the notebook, the datasets it names and
`lesson.json` (the manifest the trainee runtime reads).
"""

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.build.hidden_checks import count_hidden_checks
from autograder.build.hints import collect_hints
from autograder.build.judges import collect_judges, module_source
from autograder.build.language import select_language
from autograder.build.nbgrader_cells import to_notebook_cells
from autograder.build.prose import add_widget_rerun_note, join_wrapped_prose, name_task_sections
from autograder.config import CourseConfig
from autograder.judging.run import HELPERS_FILE
from autograder.lesson.mistakes import check_mistakes
from autograder.lesson.source import LessonSource, read_lesson
from autograder.lesson.validate import LessonInvalid, validate
from autograder.release.leaks import hint_leaks
from autograder.release.proofs import ProofReport, prove_lesson
from course.lesson import MANIFEST_NAME, ItemInfo, LessonInfo

DISCLOSURE_FILE = "disclosure.json"  # beside the judges: what feedback may show, and from when
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


class LessonProofFailed(Exception):
    """The built lesson leaks, or its solution or blank release scores wrongly."""


@dataclass(frozen=True)
class BuiltLesson:
    lesson_id: str
    notebook_path: Path
    manifest: LessonInfo
    proof: ProofReport | None

    @property
    def max_points(self) -> float:
        return sum(item.points for item in self.manifest.items.values())


def load_valid_lesson(path: Path, config: CourseConfig) -> LessonSource:
    """Read a lesson source; raise `LessonInvalid` listing every problem in it."""
    lesson = read_lesson(path)
    generate_missing_data(lesson, config.datasets_dir)
    problems = validate(lesson, config.datasets_dir)
    if not problems:  # the hint scan reads the datasets the header names, so only once they exist
        problems = hint_leaks(lesson, config.datasets_dir)
    problems += check_mistakes(lesson)
    if problems:
        raise LessonInvalid(problems)
    return lesson


def generate_missing_data(lesson: LessonSource, datasets_dir: Path) -> None:
    """Data that may not be committed (e.g. drawn from a corpus an installed package ships,
    whose licence is not stated) is made at build time by its folder's generate.py."""
    for name in lesson.datasets + lesson.gold:
        target = Path(datasets_dir) / name
        generator = Path(datasets_dir) / Path(name).parts[0] / "generate.py"
        if not target.exists() and generator.exists():
            subprocess.run([sys.executable, str(generator.resolve())], cwd=generator.parent, check=True,
                           capture_output=True)


def lesson_prose(lesson: LessonSource, lang: str):
    """The lesson's cells in one language, wrapped Chinese lines joined."""
    return join_wrapped_prose(select_language(lesson.cells, lang))


def lesson_manifest(lesson: LessonSource, lang: str) -> LessonInfo:
    _, hints = collect_hints(lesson_prose(lesson, lang))
    judges, helpers = lesson.judges(), lesson.judge_helpers()
    items = {
        cell.item: ItemInfo(
            points=cell.points,
            hidden_checks=count_hidden_checks(cell, judges.get(cell.item, ""), helpers.source if helpers else "")
            if cell.role == "tests" else 0,
            hints=tuple(hints.get(cell.item, ())),
            manual=cell.role == "manual",
        )
        for cell in lesson.graded_items()
    }
    return LessonInfo(lesson_id=lesson.lesson_id, lang=lang, items=items)


def source_notebook(lesson: LessonSource, lang: str) -> nbformat.NotebookNode:
    cells, _ = collect_judges(lesson_prose(lesson, lang))
    cells, _ = collect_hints(cells)
    cells = name_task_sections(add_widget_rerun_note(cells, lang))
    notebook = nbformat.v4.new_notebook(cells=to_notebook_cells(cells))
    notebook.metadata.kernelspec = lesson.notebook_metadata.get("kernelspec", KERNELSPEC)
    notebook.metadata.language_info = {"name": "python"}
    info = lesson.info
    notebook.metadata.course = {"lesson": lesson.lesson_id, "lang": lang, "level": info.get("level"),
                                "title": (info.get("title") or {}).get(lang)}
    return notebook


def write_judges(lesson: LessonSource, config: CourseConfig) -> None:
    """Judges and gold data go to an instructor-only folder that nbgrader never releases."""
    folder = config.judges_dir(lesson.lesson_id)
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "gold").mkdir(parents=True)
    _, judges = collect_judges(lesson.cells)
    for item, source in judges.items():
        (folder / f"{item}.py").write_text(source, encoding="utf-8")
    helpers = lesson.judge_helpers()
    if helpers:  # in a folder of its own, so the grader never takes it for a judge
        (folder / HELPERS_FILE).parent.mkdir()
        (folder / HELPERS_FILE).write_text(module_source(helpers), encoding="utf-8")
    disclosure = {"deadline": lesson.deadline, "items": lesson.disclosure()}
    (folder / DISCLOSURE_FILE).write_text(json.dumps(disclosure, indent=1), encoding="utf-8")
    for name in lesson.gold + lesson.datasets:  # judges may recompute expectations from the raw data
        shutil.copy2(config.datasets_dir / name, folder / "gold" / Path(name).name)


def build_lesson(path: Path, config: CourseConfig, prove: bool = True, assignment: str | None = None) -> BuiltLesson:
    """Validate, write the nbgrader source folder, and (unless told not to) prove it; under
    `assignment` instead of the lesson id when given (autograder/lesson/assignments.py)."""
    lesson = load_valid_lesson(path, config)
    if assignment:
        lesson = lesson.renamed(assignment)
    folder = config.source_dir(lesson.lesson_id)
    if folder.exists():
        shutil.rmtree(folder)  # a rebuild never keeps files a lesson no longer names
    folder.mkdir(parents=True)
    notebook_path = folder / f"{lesson.lesson_id}.ipynb"
    nbformat.write(source_notebook(lesson, config.lang), notebook_path)
    for name in lesson.datasets:
        shutil.copy2(config.datasets_dir / name, folder / Path(name).name)
    write_judges(lesson, config)
    manifest = lesson_manifest(lesson, config.lang)
    (folder / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    proof = prove_lesson(lesson, config) if prove else None
    if proof and not proof.holds:
        raise LessonProofFailed(f"{lesson.path}: the build of {lesson.lesson_id} does not hold:\n"
                                + "\n".join(f"  - {problem}" for problem in proof.problems))
    return BuiltLesson(lesson.lesson_id, notebook_path, manifest, proof)
