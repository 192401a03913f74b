"""Time `course report` for a large cohort: 10,000 trainees × 17 lessons + the Level 3 theory
and practical papers, in nbgrader's gradebook schema, with every table the report reads.

    .venv/bin/python benchmarks/report.py [--trainees 10000 --lessons 17 --questions 190]

The gradebook is filled with bulk SQL (nbgrader's own API would take hours to write it):
scores follow a simple item-response model (each trainee an ability, each item a difficulty)
so the statistics have something to find, and two items per paper are written to discriminate
the wrong way. Target: the report under 30 seconds.
"""

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np
from nbgrader.api import Gradebook

from autograder.config import CourseConfig
from autograder.grading.roster import Trainee, write_roster
from autograder.grading.status import StatusBook
from autograder.report.cohort_report import write_report

RESPONSES_TABLE = """CREATE TABLE course_exam_responses (trainee_id TEXT, paper TEXT, question_id TEXT, chosen TEXT,
    correct BOOLEAN, points FLOAT, max_points FLOAT, PRIMARY KEY (trainee_id, paper, question_id))"""


def fill_gradebook(config: CourseConfig, trainees: int, lessons: int, questions: int, seed: int = 1) -> dict:
    rng = np.random.default_rng(seed)
    ids = [f"t{n:05d}" for n in range(trainees)]
    ability = rng.normal(0, 1, trainees)
    assignments = {f"l{5 - n % 3}_lesson_{n:02d}": {f"item_{i}": 2.0 for i in range(5 + n % 5)} for n in range(lessons)}
    assignments["exam_l3_theory"] = {"theory": 100.0}
    assignments["exam_l3_practical"] = {f"task_{i}": points for i, points in enumerate((25, 15, 20, 15, 20, 5))}
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:  # nbgrader writes its own schema
        for name, cells in assignments.items():
            gradebook.add_assignment(name)
            gradebook.add_notebook(name, name)
            for cell, points in cells.items():
                gradebook.add_grade_cell(cell, name, name, max_score=points, cell_type="code")
    write_roster(config, [Trainee(t, "王", f"{n}", cohort=f"2026-{n % 4 + 1}") for n, t in enumerate(ids)])
    contents = {5: ["L5.1.1", "L5.1.2", "L5.2.1", "L5.2.2"], 4: ["L4.1.1", "L4.1.2", "L4.2.1", "L4.2.2"],
                3: ["L3.2.1", "L3.2.2", "L3.3.1", "ethics"]}
    for name, cells in assignments.items():  # work content tags, as a built lesson manifest carries them
        if not name.startswith("exam_"):
            tags = contents[int(name[1])]
            manifest = {"lesson": name, "lang": "zh", "items": {
                cell: {"points": points, "assesses": tags[i % len(tags)]} for i, (cell, points) in enumerate(cells.items())}}
            config.source_dir(name).mkdir(parents=True, exist_ok=True)
            (config.source_dir(name) / "lesson.json").write_text(json.dumps(manifest), encoding="utf-8")
    StatusBook(config.gradebook_url).close()  # the kit's own tables
    counts = dict(grades=0, responses=0)
    with sqlite3.connect(config.course_dir / "gradebook.db") as db:
        db.executemany("INSERT INTO student (id, first_name, last_name) VALUES (?, ?, '王')",
                       [(t, str(n)) for n, t in enumerate(ids)])
        theory = _theory_responses(db, rng, ids, ability, questions)
        counts["responses"] = len(theory) * questions
        for name, cells in assignments.items():
            notebook, assignment = db.execute("SELECT n.id, n.assignment_id FROM notebook n JOIN assignment a "
                                              "ON n.assignment_id = a.id WHERE a.name = ?", (name,)).fetchone()
            cell_ids = dict(db.execute("SELECT name, id FROM base_cell WHERE notebook_id = ?", (notebook,)).fetchall())
            if name == "exam_l3_theory":
                scores = {"theory": 100 * theory}
            else:
                scores = {}
                for index, (cell, points) in enumerate(cells.items()):
                    # two items of the first lesson and the practical discriminate the wrong way
                    sign = -1.0 if index < 2 and name in (min(assignments), "exam_l3_practical") else 1.0
                    chance = 1 / (1 + np.exp(-(sign * ability - rng.normal(-0.3, 1.0))))
                    scores[cell] = points * np.clip(np.round(chance * 4 + rng.normal(0, 0.6, trainees)) / 4, 0, 1)
            submissions = [(uuid.uuid4().hex, assignment, t, "2026-11-28 10:00:00.000000") for t in ids]
            submitted = [(uuid.uuid4().hex, s[0], notebook, False, 0.0) for s in submissions]
            db.executemany("INSERT INTO submitted_assignment (id, assignment_id, student_id, timestamp) "
                           "VALUES (?, ?, ?, ?)", submissions)
            db.executemany("INSERT INTO submitted_notebook (id, assignment_id, notebook_id, flagged, "
                           "late_submission_penalty) VALUES (?, ?, ?, ?, ?)", submitted)
            rows = [(uuid.uuid4().hex, submitted[n][0], cell_ids[cell], float(values[n]), None, None, False)
                    for cell, values in scores.items() for n in range(trainees)]
            db.executemany("INSERT INTO grade (id, notebook_id, cell_id, auto_score, manual_score, extra_credit, "
                           "needs_manual_grade) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            counts["grades"] += len(rows)
            statuses = rng.choice(["ok", "timeout", "crashed", "tampered"], trainees, p=[0.97, 0.015, 0.01, 0.005])
            db.executemany("INSERT INTO course_grading_status VALUES (?, ?, '2026-11-28 10:00:00.000000 UTC', ?, '', "
                           "'2026-11-28T10:05:00+00:00')", [(t, name, str(s)) for t, s in zip(ids, statuses)])
            if not name.startswith("exam_"):
                hinted = rng.random((trainees, len(cells))) < 1 / (1 + np.exp(2 + ability))[:, None]
                db.executemany("INSERT INTO course_hint_use VALUES (?, ?, ?, ?)",
                               [(ids[n], name, f"item_{i}", int(rng.integers(1, 4))) for n, i in zip(*np.nonzero(hinted))])
                db.executemany("INSERT INTO course_tamper_flags VALUES (?, ?, 'item_0', 'locked cell changed', '')",
                               [(t, name) for t, s in zip(ids, statuses) if s == "tampered"])
                pairs = rng.choice(trainees, (3, 2), replace=False)
                db.executemany("INSERT INTO course_similarity_pairs VALUES (?, ?, ?, 0.85)",
                               [(name, ids[a], ids[b]) for a, b in pairs])
    return counts


def _theory_responses(db, rng, ids, ability, questions) -> np.ndarray:
    """course_exam_responses of the theory paper (40% true/false, the rest single or multiple
    choice); returns each trainee's share of the paper's points."""
    db.execute(RESPONSES_TABLE)
    difficulty = rng.normal(-0.5, 1.0, questions)
    sign = np.where(np.arange(questions) < 2, -1.0, 1.0)  # two questions with a wrong key
    correct = rng.random((len(ids), questions)) < 1 / (1 + np.exp(-(sign * ability[:, None] - difficulty)))
    kinds = np.where(np.arange(questions) < 0.4 * questions, "tf", np.where(np.arange(questions) % 10 == 9,
                                                                           "multiple", "single"))
    keys = {"tf": "true", "single": json.dumps(["b"]), "multiple": json.dumps(["a", "c"])}
    wrong = {"tf": ["false"], "single": [json.dumps([o]) for o in "acd"],
             "multiple": [json.dumps(o) for o in (["a"], ["a", "d"], ["b", "c"])]}
    rows = []
    for q in range(questions):
        kind, qid = kinds[q], f"L3-Q{q:03d}"
        picks = rng.integers(0, len(wrong[kind]), len(ids))
        for n, trainee in enumerate(ids):
            ok = bool(correct[n, q])
            rows.append((trainee, "exam_l3_theory", qid, keys[kind] if ok else wrong[kind][picks[n]], ok,
                         float(ok), 1.0))
    db.executemany("INSERT INTO course_exam_responses VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return correct.mean(axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=10_000)
    parser.add_argument("--lessons", type=int, default=17)
    parser.add_argument("--questions", type=int, default=190)
    parser.add_argument("--keep", type=Path, help="Write the gradebook here and keep it; reuse it if it exists.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as scratch:
        config = CourseConfig(course_dir=args.keep or Path(scratch))
        if not (config.course_dir / "gradebook.db").exists():
            config.course_dir.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            counts = fill_gradebook(config, args.trainees, args.lessons, args.questions)
            print(f"gradebook: {args.trainees:,} trainees × {args.lessons} lessons + 2 papers: {counts['grades']:,} "
                  f"grades, {counts['responses']:,} theory responses, written in {time.perf_counter() - started:.1f} s")
        # wall time depends on what else the machine runs; CPU time (one process) on the report alone
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        started, cpu = time.perf_counter(), time.process_time()
        files = write_report(config)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"report: {files.trainees:,} trainees, {files.at_risk:,} at risk, {files.items_to_review} items to review")
        print(f"  {files.html.name} {files.html.stat().st_size / 1e6:.1f} MB, {files.xlsx.name} "
              f"{files.xlsx.stat().st_size / 1e6:.1f} MB")
        print(f"report time: {seconds:.1f} s wall, {cpu:.1f} s CPU (target < 30 s)")
        started, cpu = time.perf_counter(), time.process_time()
        write_report(config, cohort="2026-1")
        print(f"report of one cohort ({args.trainees // 4:,} trainees): {time.perf_counter() - started:.1f} s wall, "
              f"{time.process_time() - cpu:.1f} s CPU")


if __name__ == "__main__":
    main()
