"""`course grade`: autograde every submission of a cohort, resumably, whatever each one does.

A submission whose timestamp is already recorded is skipped, so an interrupted run picks
up where it stopped. Any failure is recorded against its trainee and grading moves on.
"""

import time
from collections import Counter
from dataclasses import dataclass, field

from nbgrader.api import Gradebook
from tqdm import tqdm

from autograder.config import CourseConfig
from autograder.grading.autograde import FAILED, LessonPlan, Outcome, autograde_submission
from autograder.grading.roster import read_roster
from autograder.grading.status import StatusBook
from autograder.grading.submissions import Submission, find_submissions
from autograder.nbgrader_course import nbgrader_api, write_nbgrader_config


@dataclass
class CohortRun:
    graded: int = 0
    skipped: int = 0
    statuses: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    wall_time: float = 0.0

    @property
    def throughput(self) -> float:
        return self.graded / self.wall_time if self.wall_time else 0.0


def grade_cohort(config: CourseConfig, lesson_ids: list[str], force: bool = False,
                 show_progress: bool = True) -> CohortRun:
    started = time.monotonic()
    write_nbgrader_config(config)
    api = nbgrader_api(config)
    register_roster(config)
    statuses = StatusBook(config.gradebook_url)
    done = statuses.all()
    plans = {lesson_id: LessonPlan.load(config, lesson_id) for lesson_id in lesson_ids}
    run = CohortRun()
    submissions = find_submissions(config, lesson_ids)
    with tqdm(submissions, desc="grading", unit="notebook", disable=not show_progress, dynamic_ncols=True) as bar:
        for submission in bar:
            recorded = done.get((submission.trainee, submission.lesson_id))
            if not force and recorded and recorded.submitted_at == submission.timestamp:
                run.skipped += 1
                continue
            bar.set_postfix_str(submission.trainee)
            outcome = _grade_one(api, submission, config, plans[submission.lesson_id])
            statuses.record(submission.trainee, submission.lesson_id, submission.timestamp,
                            outcome.status, outcome.detail)
            run.graded += 1
            run.statuses[outcome.status] += 1
            if outcome.detail:
                run.problems.append(outcome.detail)
    statuses.close()
    run.wall_time = time.monotonic() - started
    return run


def _grade_one(api, submission: Submission, config: CourseConfig, plan: LessonPlan) -> Outcome:
    try:
        return autograde_submission(api, submission, config, plan)
    except Exception as error:  # one trainee's failure must never stop the cohort
        return Outcome(FAILED, f"{submission.trainee}: {submission.lesson_id}: grading failed: "
                               f"{type(error).__name__}: {error}")


def register_roster(config: CourseConfig) -> None:
    """Give nbgrader's gradebook the trainees' names, so formgrader shows who is who."""
    roster = read_roster(config)
    if not roster:
        return
    with Gradebook(config.gradebook_url, config.course_id) as gradebook:
        for trainee in roster.values():
            gradebook.update_or_create_student(trainee.trainee, first_name=trainee.given_name,
                                               last_name=trainee.family_name)
