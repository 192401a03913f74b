"""The instructor's side of nbgrader's exchange: release a lesson to it, collect what
trainees submitted into submitted/, and release feedback pages for trainees to fetch.

Each is nbgrader's own exchange step; the exchange keeps nbgrader's layout and permissions
(world-writable root, inbound writable but not readable by trainees).
"""

import shutil

from autograder.config import CourseConfig
from autograder.exchange.trainee_config import write_trainee_config
from autograder.nbgrader_course import nbgrader_api, run_step


def release_to_exchange(config: CourseConfig, lesson_id: str) -> None:
    """Publish the released lesson for trainees' Assignments tab (replacing an earlier release)."""
    api = nbgrader_api(config)
    api.config.ExchangeReleaseAssignment.force = True  # a rebuilt lesson replaces the old one
    run_step(api.release_assignment(lesson_id), f"nbgrader release_assignment {lesson_id}")
    write_trainee_config(config)


def collect_submissions(config: CourseConfig, lesson_id: str) -> list[str]:
    """Copy each trainee's latest submission from the exchange into submitted/; returns the trainees."""
    before = _submitted_times(config, lesson_id)
    run_step(nbgrader_api(config).collect(lesson_id, update=True), f"nbgrader collect {lesson_id}")
    after = _submitted_times(config, lesson_id)
    return sorted(trainee for trainee, stamp in after.items() if before.get(trainee) != stamp)


def release_feedback(config: CourseConfig, lesson_id: str) -> list[str]:
    """Hand the pages `course feedback` wrote to the exchange, where each trainee fetches only their own."""
    released = []
    for page_dir in sorted((config.course_dir / "feedback").glob(f"*/{lesson_id}")):
        trainee = page_dir.parent.name
        submitted = config.submitted_dir(trainee, lesson_id)
        # nbgrader names released pages by a hash of the submission's secret: only its submitter can fetch it
        if not (submitted / "submission_secret.txt").exists():
            continue  # not submitted through the exchange (e.g. simulated): nothing to fetch it with
        for name in ("timestamp.txt", "submission_secret.txt"):
            shutil.copy(submitted / name, page_dir / name)
        released.append(trainee)
    if released:
        run_step(nbgrader_api(config).release_feedback(lesson_id), f"nbgrader release_feedback {lesson_id}")
    return released


def _submitted_times(config: CourseConfig, lesson_id: str) -> dict[str, str]:
    stamps = (config.course_dir / "submitted").glob(f"*/{lesson_id}/timestamp.txt")
    return {path.parent.parent.name: path.read_text() for path in stamps}
