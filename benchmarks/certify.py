"""Time certification for a large cohort: N trainees who sat both Level 3 papers in
nbgrader's gradebook schema; `course certify` (decisions, credentials signed, revocation
list), a second run with nothing new, a re-grade that revokes, and `course verify` per
credential.

    .venv/bin/python benchmarks/certify.py [--trainees 10000] [--verify 200]

The gradebook is filled with bulk SQL (nbgrader's own API would take an hour to write it).
Targets: certify under 10 s, verify under 50 ms per credential.
"""

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from nbgrader.api import Gradebook

from autograder.certify.certify import certify, credential_path, status_list_path
from autograder.certify.keys import init_keys
from autograder.certify.policy import load_policy
from autograder.certify.verify import verify_file
from autograder.config import CourseConfig

PAPERS = ("exam_l3_theory", "exam_l3_practical")
ITEMS = 10  # graded cells per paper, 10 points each


def fill_gradebook(config: CourseConfig, trainees: int, seed: int = 1) -> None:
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for paper in PAPERS:
            gradebook.add_assignment(paper)
            gradebook.add_notebook(paper, paper)
            for item in range(ITEMS):
                gradebook.add_grade_cell(f"q{item:02d}", paper, paper, max_score=10, cell_type="code")
    rng = random.Random(seed)
    with sqlite3.connect(config.course_dir / "gradebook.db") as db:
        notebooks = db.execute("SELECT id, assignment_id FROM notebook").fetchall()
        cells = {nb: [r[0] for r in db.execute("SELECT id FROM base_cell WHERE notebook_id = ?", (nb,))]
                 for nb, _ in notebooks}
        db.executemany("INSERT INTO student (id, first_name, last_name) VALUES (?, ?, ?)",
                       [(f"t{n:05d}", "芳", "王") for n in range(trainees)])
        submissions, submitted, grades = [], [], []
        for n in range(trainees):
            ability = rng.uniform(3, 10)  # most pass, some fail either paper
            for notebook_id, assignment_id in notebooks:
                submission, notebook = uuid.uuid4().hex, uuid.uuid4().hex
                submissions.append((submission, assignment_id, f"t{n:05d}", "2026-11-28 10:00:00.000000"))
                submitted.append((notebook, submission, notebook_id, False, 0.0))
                grades += [(uuid.uuid4().hex, notebook, cell, float(min(10, max(0, round(rng.gauss(ability, 2))))),
                            None, None, False) for cell in cells[notebook_id]]
        db.executemany("INSERT INTO submitted_assignment (id, assignment_id, student_id, timestamp) "
                       "VALUES (?, ?, ?, ?)", submissions)
        db.executemany("INSERT INTO submitted_notebook (id, assignment_id, notebook_id, flagged, "
                       "late_submission_penalty) VALUES (?, ?, ?, ?, ?)", submitted)
        db.executemany("INSERT INTO grade (id, notebook_id, cell_id, auto_score, manual_score, extra_credit, "
                       "needs_manual_grade) VALUES (?, ?, ?, ?, ?, ?, ?)", grades)


def regrade_to_fail(config: CourseConfig, count: int) -> None:
    """Give the first `count` certified trainees zero on their practical paper."""
    with sqlite3.connect(config.course_dir / "gradebook.db") as db:
        trainees = [r[0] for r in db.execute("SELECT trainee_id FROM course_certifications WHERE decision = "
                                             "'certified' ORDER BY trainee_id LIMIT ?", (count,))]
        db.executemany("""UPDATE grade SET auto_score = 0 WHERE notebook_id IN (
            SELECT sn.id FROM submitted_notebook sn JOIN submitted_assignment sa ON sn.assignment_id = sa.id
            JOIN assignment a ON a.id = sa.assignment_id WHERE sa.student_id = ? AND a.name = ?)""",
                       [(t, PAPERS[1]) for t in trainees])


def signing_cpu(config: CourseConfig, count: int = 200) -> tuple[float, float]:
    """CPU milliseconds to sign one credential, with the shape template and with pyld alone:
    CPU time, unlike wall time, hardly depends on what else the machine is doing."""
    from datetime import datetime, timezone

    from autograder.certify import proof
    from autograder.certify.credential import build_credential
    from autograder.certify.expansion import ShapeExpander
    from autograder.certify.keys import load_signing_key, signing_method
    from autograder.certify.rules import Decision
    from autograder.syllabus.standard import load_standard

    policy, key = load_policy(config), load_signing_key(config.keys_dir)[0]
    method, now = signing_method(load_signing_key(config.keys_dir)[1], key.public_key()), datetime.now(timezone.utc)
    documents = [build_credential(policy, policy.rules[3], load_standard(), Decision(f"x{n}", 3, True, (), 70, 80),
                                  "王芳", f"{n:064x}", n, now) for n in range(count)]
    expander, figures = ShapeExpander(), []
    for expanded in (expander.expand, lambda document: None):
        started = time.process_time()
        for document in documents:
            proof.add_proof(document, key, method, now, expanded=expanded(document))
        figures.append((time.process_time() - started) / count * 1000)
    return figures[0], figures[1]


def report(label: str, run) -> None:
    counts = ", ".join(f"{n:,} {d}" for d, n in sorted(run.counts.items()))
    print(f"{label}: {run.wall_time:.2f} s ({counts}; issued {len(run.issued):,} credentials in "
          f"{run.signing_time:.2f} s, {run.signing_time / max(1, len(run.issued)) * 1000:.1f} ms each "
          f"on all cores; revoked {len(run.revoked):,})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=10_000)
    parser.add_argument("--verify", type=int, default=200, help="credentials to verify one by one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-certify-") as scratch:
        config = CourseConfig(course_dir=Path(scratch) / "course", keys_dir=Path(scratch) / "keys")
        config.course_dir.mkdir()
        init_keys(config.keys_dir, load_policy(config).issuer_id)
        started = time.perf_counter()
        fill_gradebook(config, args.trainees)
        print(f"gradebook: {args.trainees:,} trainees × 2 papers × {ITEMS} items written in "
              f"{time.perf_counter() - started:.1f} s")
        first = certify(config, levels=[3])
        report("certify, first run", first)
        again = certify(config, levels=[3])
        report("certify, again (nothing changed)", again)
        report_again = again.wall_time
        regrade_to_fail(config, 100)
        report("certify after 100 re-graded papers", certify(config, levels=[3]))

        files = sorted(p.stem for p in (config.course_dir / "credentials" / "level3").glob("*.json"))
        certified = random.Random(2).sample(files, min(args.verify, len(files)))
        issuer = config.keys_dir / "issuer.json"
        times, valid, cpu = [], 0, time.process_time()
        for trainee in certified:
            started = time.perf_counter()
            valid += verify_file(credential_path(config, trainee, 3), issuer, status_list_path(config)).ok
            times.append(time.perf_counter() - started)
        cpu = (time.process_time() - cpu) / len(times) * 1000
        print(f"verify: {len(times)} credentials (with the revocation list, its signature checked once), {valid} valid, "
              f"{len(times) - valid} revoked; mean {statistics.mean(times) * 1000:.1f} ms, "
              f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms per credential, "
              f"{cpu:.1f} ms CPU (target < 50 ms)")
        templated, plain = signing_cpu(config)
        print(f"signing CPU per credential: {templated:.1f} ms ({plain:.1f} ms without the shape template); "
              f"{first.counts.get('certified', 0):,} credentials on 2 idle cores ≈ "
              f"{first.counts.get('certified', 0) * templated / 2000:.0f} s")
        print(f"certify target < 10 s: first run {first.wall_time:.1f} s, of which signing {first.signing_time:.1f} s; "
              f"runs that sign nothing {report_again:.1f} s")


if __name__ == "__main__":
    main()
