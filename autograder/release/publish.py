"""`course release`: nbgrader's generate_assignment for a built, proven lesson.

The build already proved the lesson in a trial release; the real release is scanned for
hidden material once more and deleted if any is found, so trainees can never be handed it.
A lesson is released in the language it was built in (its `lesson.json` says which): the
stubs nbgrader writes where solutions were, and the nbgrader config, speak that language.
"""

import shutil
from pathlib import Path

from autograder.config import CourseConfig
from autograder.exchange.transfer import release_to_exchange
from autograder.lesson.source import LessonSource
from autograder.nbgrader_course import write_nbgrader_config
from autograder.release.generate import generate_release
from autograder.release.leaks import find_leaks
from course.lesson import LessonInfo


class ReleaseRefused(Exception):
    """The lesson is not built, or its release leaked hidden material; nothing was released."""


def release_lesson(lesson: LessonSource, config: CourseConfig, lang: str | None = None) -> Path:
    """Release in the built language; `lang`, when given, must be that language."""
    lesson_id = lesson.lesson_id
    if not config.source_dir(lesson_id).exists():
        raise ReleaseRefused(f"{lesson_id} has not been built: run `course build` first")
    built = LessonInfo.load(config.source_dir(lesson_id)).lang
    if lang and lang != built:
        raise ReleaseRefused(f"{lesson_id} was built in {built!r}, not {lang!r}: "
                             f"run `course build --lang {lang} {lesson_id}` first, or release it in {built!r}")
    config = config.with_(lang=built)
    write_nbgrader_config(config)
    generate_release(config, lesson_id)
    leaks = find_leaks(config.release_dir(lesson_id), lesson, config.datasets_dir)
    if leaks:
        shutil.rmtree(config.release_dir(lesson_id), ignore_errors=True)
        raise ReleaseRefused(f"{lesson_id} was not released:\n" + "\n".join(f"  - leak: {leak}" for leak in leaks))
    release_to_exchange(config, lesson_id)  # only a release that passed the leak scan reaches trainees
    return config.release_dir(lesson_id)
