"""Time the grades export for a large cohort: 10,000 trainees × 10 lessons (10 graded items
each, a million grades) in nbgrader's gradebook schema, exported to CSV.

    .venv/bin/python benchmarks/export.py [--trainees 10000 --lessons 10 --items 10]

The gradebook is filled with bulk SQL (nbgrader's own API would take hours to write it);
the export is the one `course grade` uses. Target: under 5 seconds.
"""

import argparse
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from nbgrader.api import Gradebook

from autograder.config import CourseConfig
from autograder.grading.export import export_grades


def fill_gradebook(config: CourseConfig, trainees: int, lessons: int, items: int) -> None:
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for lesson in range(lessons):
            gradebook.add_assignment(f"lesson_{lesson:02d}")
            gradebook.add_notebook(f"lesson_{lesson:02d}", f"lesson_{lesson:02d}")
            for item in range(items):
                gradebook.add_grade_cell(f"item_{item:02d}", f"lesson_{lesson:02d}", f"lesson_{lesson:02d}",
                                         max_score=2, cell_type="code")
    rng = random.Random(1)
    with sqlite3.connect(config.course_dir / "gradebook.db") as db:
        notebooks = db.execute("SELECT n.id, n.assignment_id FROM notebook n").fetchall()
        cells = {nb: [row[0] for row in db.execute("SELECT id FROM base_cell WHERE notebook_id = ? AND type = 'GradeCell'", (nb,))]
                 for nb, _ in notebooks}
        students = [(f"t{n:05d}", "芳", "王") for n in range(trainees)]
        db.executemany("INSERT INTO student (id, first_name, last_name) VALUES (?, ?, ?)", students)
        submissions, submitted_notebooks, grades = [], [], []
        for student, _, _ in students:
            for notebook_id, assignment_id in notebooks:
                submission, submitted = uuid.uuid4().hex, uuid.uuid4().hex
                submissions.append((submission, assignment_id, student, "2026-11-28 10:00:00.000000"))
                submitted_notebooks.append((submitted, submission, notebook_id, False, 0.0))
                grades += [(uuid.uuid4().hex, submitted, cell, rng.choice((0.0, 1.0, 2.0)), None, None, False)
                           for cell in cells[notebook_id]]
        db.executemany("INSERT INTO submitted_assignment (id, assignment_id, student_id, timestamp) VALUES (?, ?, ?, ?)",
                       submissions)
        db.executemany("INSERT INTO submitted_notebook (id, assignment_id, notebook_id, flagged, "
                       "late_submission_penalty) VALUES (?, ?, ?, ?, ?)", submitted_notebooks)
        db.executemany("INSERT INTO grade (id, notebook_id, cell_id, auto_score, manual_score, extra_credit, "
                       "needs_manual_grade) VALUES (?, ?, ?, ?, ?, ?, ?)", grades)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=10_000)
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--items", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        config = CourseConfig(course_dir=Path(scratch))
        started = time.perf_counter()
        fill_gradebook(config, args.trainees, args.lessons, args.items)
        print(f"gradebook: {args.trainees} trainees × {args.lessons} lessons × {args.items} items "
              f"({args.trainees * args.lessons * args.items:,} grades) written in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        path = export_grades(config, Path(scratch) / "grades.csv")
        seconds = time.perf_counter() - started
        rows = sum(1 for _ in path.open(encoding="utf-8-sig")) - 1
        print(f"export: {rows:,} rows, {path.stat().st_size / 1e6:.1f} MB CSV")
        print(f"export time: {seconds:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
