"""Exam papers as nbgrader assignments: `exam_l{N}_theory` and `exam_l{N}_practical`.

Papers are lesson sources (docs/authoring.md), built and released by the lesson pipeline:
practical papers under exams/practical/, theory papers written from one template in
exams/theory/. What exams add:
- no hints (exam mode);
- a theory paper's build writes the public paper file beside the notebook and the key into
  the judges' gold folder, and proves itself by handing in the key and a blank paper;
- every release is scanned for the key: no right answer and no explanation may appear.
"""

import json
import shutil
import tempfile
from pathlib import Path
from string import Template

import nbformat

from autograder.build.nbgrader_cells import nbgrader_metadata
from autograder.build.pipeline import BuiltLesson, LessonProofFailed, build_lesson, load_valid_lesson
from autograder.config import CourseConfig
from autograder.engine.runner import grade_cohort
from autograder.engine.sandbox import bwrap_path
from autograder.exams.sittings import disclose_after_close, read_schedule, set_due_date
from autograder.exams.theory import KEY_FILE, paper_and_key, theory_format, theory_level, unfillable
from autograder.grading.scores import read_scores
from autograder.grading.submissions import write_timestamp
from autograder.lesson.source import lesson_file, read_lesson
from autograder.lesson.validate import LessonInvalid, Problem
from autograder.release.generate import generate_release
from autograder.release.leaks import find_leaks, visible_text
from autograder.release.proofs import ProofReport, prove_lesson
from autograder.release.publish import ReleaseRefused, release_lesson
from course.exam import PAPER_SUFFIX
from course.widgets.quiz import answer_file_for
from course.messages import text

KINDS = ("theory", "practical")
THEORY_TEMPLATE = "theory_paper.template.py"  # under exams/theory/: the source of every theory paper
LEVELS = (5, 4, 3)
PROOF_KEY, PROOF_BLANK = "proof-key", "proof-blank"
BLANK = "______"  # what a practical paper's release shows where the candidate writes code


def paper_ids() -> list[str]:
    return [f"exam_l{level}_{kind}" for kind in KINDS for level in LEVELS]


def paper_source(config: CourseConfig, paper_id: str) -> Path:
    if paper_id not in paper_ids():
        raise FileNotFoundError(f"no paper {paper_id!r}; papers are {', '.join(paper_ids())}")
    if theory_level(paper_id):
        return write_theory_source(paper_id, config)
    return lesson_file(config.exams_dir / "practical" / paper_id)


def write_theory_source(paper_id: str, config: CourseConfig) -> Path:
    """The lesson source of a theory paper, written from the one template all three share
    (build output, under the course directory)."""
    from autograder.syllabus.standard import COMMON_IDS, load_standard

    level = theory_level(paper_id)
    template = (config.exams_dir / "theory" / THEORY_TEMPLATE).read_text(encoding="utf-8")
    assessed = [*COMMON_IDS, *(content.id for content in load_standard().level(level).contents)]
    source = Template(template[template.index("\n# ---\n") + 1:]).substitute(
        paper=paper_id, level=level, level_zh=text(f"exam.level.{level}", "zh"), assesses=",".join(assessed))
    path = lesson_file(config.course_dir / "paper_sources" / paper_id)
    if not path.is_file() or path.read_text(encoding="utf-8") != source:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return path


def build_paper(paper_id: str, config: CourseConfig, prove: bool = True) -> BuiltLesson:
    path = paper_source(config, paper_id)
    lesson = load_valid_lesson(path, config)
    hints = [Problem(path, cell.line, "an exam paper has no hints") for cell in lesson.cells if cell.role == "hint"]
    if hints:
        raise LessonInvalid(hints)
    if not theory_level(paper_id):
        config = config.with_(code_stub=BLANK)
        built = build_lesson(path, config, prove=False)
        disclose_after_close(config, paper_id)
        lock_given_code(built.notebook_path)
        proof = prove_lesson(lesson, config) if prove else None
        if proof and not proof.holds:
            raise LessonProofFailed(f"{path}: the build of {paper_id} does not hold:\n"
                                    + "\n".join(f"  - {problem}" for problem in proof.problems))
        return BuiltLesson(built.lesson_id, built.notebook_path, built.manifest, proof)
    built = build_lesson(path, config, prove=False)
    disclose_after_close(config, paper_id)
    write_theory_paper(paper_id, config)
    if not prove:
        return built
    proof = prove_theory_paper(paper_id, config)
    if not proof.holds:
        raise LessonProofFailed(f"{path}: the build of {paper_id} does not hold:\n"
                                + "\n".join(f"  - {problem}" for problem in proof.problems))
    return BuiltLesson(built.lesson_id, built.notebook_path, built.manifest, proof)


def lock_given_code(notebook_path: Path) -> None:
    """Given code becomes nbgrader's read-only cells: "do not change the other code" is then
    checked by tamper detection, which restores such cells before grading and records it."""
    notebook = nbformat.read(notebook_path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and "nbgrader" not in cell.metadata and "course" not in cell.metadata:
            cell.metadata.update(nbgrader_metadata(f"given_{index}", solution=False, grade=False, locked=True))
    nbformat.write(notebook, notebook_path)


def write_theory_paper(paper_id: str, config: CourseConfig) -> dict:
    """The public paper file into the source folder (released), the key into the judges' gold."""
    from autograder.exams.bank import load_bank
    from autograder.syllabus.standard import load_standard

    level = theory_level(paper_id)
    window = read_schedule(config).get(paper_id, {})
    paper, key = paper_and_key(paper_id, load_bank(level, config.banks_dir), load_standard().level(level).theory_weights,
                               theory_format(level, config.exams_dir / "papers.yml"),
                               window.get("opens_at"), window.get("closes_at"))
    problems = unfillable(paper)
    if problems:
        raise LessonInvalid([Problem(config.exams_dir / "papers.yml", 1, p) for p in problems])
    (config.source_dir(paper_id) / f"{paper_id}{PAPER_SUFFIX}").write_text(
        json.dumps(paper.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    (config.judges_dir(paper_id) / "gold" / KEY_FILE).write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    return key


def read_key(config: CourseConfig, paper_id: str) -> dict:
    return json.loads((config.judges_dir(paper_id) / "gold" / KEY_FILE).read_text(encoding="utf-8"))


def key_leaks(folder: Path, key: dict) -> list[str]:
    """Every file under `folder` that shows a right answer or an explanation of the key."""
    secrets = {text for item in key["key"].values() for text in item["explain"].values() if len(text) >= 12}
    found = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        text = visible_text(path)
        found += [f"{path}: explanation '{s[:40]}…'" for s in secrets if s in text]
        if path.name.endswith(PAPER_SUFFIX):
            records = json.loads(path.read_text(encoding="utf-8"))["questions"]
            keyed = [r["id"] for r in records if {"answer", "explain", "correct"} & set(r)
                     or any("correct" in o for o in r.get("options", ()))]
            found += [f"{path}: question {qid} carries its key" for qid in keyed]
    return found


def prove_theory_paper(paper_id: str, config: CourseConfig) -> ProofReport:
    """Release in a throwaway course, scan for the key, grade the key (full marks) and an
    untouched paper (0)."""
    from autograder.exams.theory import key_answers
    from course.variant import seed_for
    from course.widgets.files import write_json_atomically

    key = read_key(config, paper_id)
    with tempfile.TemporaryDirectory(prefix=f"proof-{paper_id}-") as scratch:
        trial = config.with_(course_dir=Path(scratch), db_url=None)
        shutil.copytree(config.source_dir(paper_id), trial.source_dir(paper_id))
        shutil.copytree(config.judges_dir(paper_id), trial.judges_dir(paper_id))
        generate_release(trial, paper_id)
        leaks = [str(leak) for leak in find_leaks(trial.release_dir(paper_id), read_lesson(paper_source(config, paper_id)))]
        leaks += key_leaks(trial.release_dir(paper_id), key)
        if leaks:
            return ProofReport(paper_id, 0, 0, 0, [f"the release leaks {leak}" for leak in leaks])
        for candidate in (PROOF_KEY, PROOF_BLANK):
            folder = trial.submitted_dir(candidate, paper_id)
            shutil.copytree(trial.release_dir(paper_id), folder)
            if candidate == PROOF_KEY:
                write_json_atomically(answer_file_for(paper_id, folder),
                                      {"quiz": paper_id, "answers": key_answers(key, seed_for(paper_id, candidate))})
            write_timestamp(folder)
        grade_cohort(trial, [paper_id], workers=2, unsafe=bwrap_path() is None, show_progress=False)
        scores = read_scores(trial, paper_id)
        solution, blank = scores[PROOF_KEY], scores[PROOF_BLANK]
        problems = []
        if solution.auto_score < solution.auto_max:
            problems.append(f"the key earns {solution.auto_score:g} of {solution.auto_max:g} points")
        if blank.score != 0:
            problems.append(f"the untouched paper earns {blank.score:g} points")
        return ProofReport(paper_id, solution.auto_score, blank.score, solution.auto_max, problems)


def release_paper(paper_id: str, config: CourseConfig) -> Path:
    """nbgrader's release of a built paper, scanned for leaks and (theory) for the key; the
    paper's close time becomes the assignment's due date."""
    if not theory_level(paper_id):
        config = config.with_(code_stub=BLANK)
    folder = release_lesson(read_lesson(paper_source(config, paper_id)), config)
    if theory_level(paper_id):
        leaks = key_leaks(folder, read_key(config, paper_id))
        if leaks:
            shutil.rmtree(folder, ignore_errors=True)
            raise ReleaseRefused(f"{paper_id} was not released:\n" + "\n".join(f"  - leak: {leak}" for leak in leaks))
    set_due_date(config, paper_id)
    return folder
