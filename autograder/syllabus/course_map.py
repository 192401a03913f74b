"""The course map (lessons/course_map.yml): per level, the recommended order of lessons, their
prerequisites and estimated hours, checked against the lessons on disk and the standard's
reference training hours. `course lessons` prints it; docs/course-map.md shows it."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from autograder.config import REPO
from autograder.lesson.source import find_lessons, read_lesson
from autograder.syllabus.standard import load_standard
from course.messages import text

COURSE_MAP_FILE = REPO / "lessons" / "course_map.yml"


@dataclass(frozen=True)
class Step:
    position: int  # 1-based, across the whole course (Level 5 first)
    lesson: str
    level: int
    hours: float
    prerequisites: tuple[str, ...]


class CourseMapInvalid(ValueError):
    """The map disagrees with the lessons or the standard."""


def load_course_map(path: Path = COURSE_MAP_FILE) -> list[Step]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    rows = [(int(level), row) for level in sorted(data, reverse=True) for row in data[level]]
    return [Step(number, str(row["lesson"]), level, float(row["hours"]), tuple(row.get("prerequisites") or ()))
            for number, (level, row) in enumerate(rows, start=1)]


def lesson_headers(lessons_dir: Path = REPO / "lessons") -> dict[str, dict]:
    """lesson id -> the `course:` block of its header (level, title, ...)."""
    return {lesson.lesson_id: lesson.info for lesson in map(read_lesson, find_lessons(lessons_dir))}


def map_problems(steps: list[Step], headers: dict[str, dict]) -> list[str]:
    """Every way the map is out of step with the lessons (their headers) and the standard."""
    levels = {lesson: int(info.get("level", 0)) for lesson, info in headers.items()}
    problems = [f"lesson {lesson} is not on the course map" for lesson in sorted(set(levels) - {s.lesson for s in steps})]
    seen = set()
    for step in steps:
        if step.lesson not in levels:
            problems.append(f"{step.lesson} is on the course map but no such lesson exists")
        elif levels[step.lesson] != step.level:
            problems.append(f"{step.lesson} is a Level {levels[step.lesson]} lesson, mapped under Level {step.level}")
        if step.lesson in seen:
            problems.append(f"{step.lesson} is on the course map twice")
        problems += [f"{step.lesson} needs {p}, which does not come before it" for p in step.prerequisites if p not in seen]
        if step.hours <= 0:
            problems.append(f"{step.lesson} has no hours")
        seen.add(step.lesson)
    standard = load_standard()
    for number, level in standard.levels.items():
        hours = sum(s.hours for s in steps if s.level == number)
        if hours != level.training_hours:
            problems.append(f"Level {number} lessons add up to {hours:g} hours; the standard's reference "
                            f"training time is {level.training_hours}")
    return problems


def render(steps: list[Step], headers: dict[str, dict], lang: str = "en", markdown: bool = False) -> str:
    """The map per level: order, lesson, title, hours, prerequisites; as text or a Markdown table."""
    standard, lines = load_standard(), []

    def label(key: str, **values) -> str:
        return text(f"course_map.{key}", lang, **values)

    for number in sorted({s.level for s in steps}, reverse=True):
        level = standard.level(number)
        level_steps = [s for s in steps if s.level == number]
        heading = label("heading", level=level.en if lang == "en" else level.zh, standard=level.training_hours,
                        hours=sum(s.hours for s in level_steps))
        if markdown:
            lines += [f"### {heading}", "", f"| # | {label('lesson')} | {label('title')} | {label('hours')} | "
                      f"{label('after')} |", "|---|---|---|---|---|"]
        else:
            lines += ["", heading]
        for step in level_steps:
            title = (headers.get(step.lesson, {}).get("title") or {}).get(lang, "")
            after = ", ".join(step.prerequisites) or "-"
            lines.append(f"| {step.position} | `{step.lesson}` | {title} | {step.hours:g} | {after} |" if markdown
                         else f"  {step.position:2d}. {step.lesson:26s} {step.hours:4g} {label('unit')}  {title}  "
                              + label("after_text", after=after))
        if markdown:
            lines.append("")
    return "\n".join(lines).strip("\n")
