"""Why an item of the solution notebook lost points in a proof, in words an author can act on:
the messages of the checks that failed, the error its check cell raised, or what its judge
found or raised, each with the line of the lesson source to look at."""

import json
import re

import nbformat
from sqlalchemy import create_engine, select

from autograder.build.judges import JUDGE_HEADER
from autograder.config import CourseConfig
from autograder.judging.record import findings_table, metadata
from autograder.lesson.source import LessonSource

BULLET = "  • "  # how `check` and `hidden_check` list the expectations that failed
JUDGE_LINE = re.compile(r" \((judge|judge helpers) line (\d+)\)$")


def failure_reasons(lesson: LessonSource, config: CourseConfig, trainee: str, item: str, notebook_path) -> list[str]:
    """One line per reason `item` lost points in `trainee`'s graded notebook."""
    tests = next((c for c in lesson.cells if c.role == "tests" and c.item == item), None)
    where = f"{lesson.path}:{tests.line}" if tests else str(lesson.path)
    reasons = []
    notebook = nbformat.read(notebook_path, as_version=4)
    cell = next((c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == item), None)
    for output in (cell or {}).get("outputs", []):
        if output.get("output_type") == "stream":
            reasons += [f"{where}: check failed: {line.removeprefix(BULLET)}"
                        for line in output.get("text", "").splitlines() if line.startswith(BULLET)]
        elif output.get("output_type") == "error" and output.get("ename") != "CheckFailed":
            reasons.append(f"{where}: the check cell raised {output.get('ename')}: {output.get('evalue', '')}".rstrip(": "))
    return reasons + judge_reasons(lesson, config, trainee, item)


def judge_reasons(lesson: LessonSource, config: CourseConfig, trainee: str, item: str) -> list[str]:
    judge = next((c for c in lesson.cells if c.role == "judge" and c.item == item), None)
    if judge is None:
        return []
    engine = create_engine(config.gradebook_url)
    metadata.create_all(engine)
    with engine.connect() as connection:
        row = connection.execute(select(findings_table).where(
            (findings_table.c.trainee == trainee) & (findings_table.c.lesson == lesson.lesson_id)
            & (findings_table.c.item == item))).mappings().first()
    engine.dispose()
    if row is None:
        return []
    if row["problem"]:
        found = JUDGE_LINE.search(row["problem"])
        # a judge module (or the helpers module) is its cell below JUDGE_HEADER's lines
        cell = lesson.judge_helpers() if found and found.group(1) == "judge helpers" else judge
        line = cell.line + int(found.group(2)) - JUDGE_HEADER.count("\n") if found else judge.line
        return [f"{lesson.path}:{line}: {JUDGE_LINE.sub('', row['problem'])}"]
    return [f"{lesson.path}:{judge.line}: the judge found: {finding['en']}"
            for finding in json.loads(row["findings"]) if not finding.get("passed")]
