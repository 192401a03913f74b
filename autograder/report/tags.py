"""Which work contents of the standard each graded item assesses: the one mapping the report uses.

A lesson item is tagged by its cell key `assesses=ID[,ID...]`, read from the built manifest
(`lesson.json`, when the build copies the tags there) or else from the lesson source; a theory
question by its bank entry's `content`. Anything without a tag counts as "untagged", so the
report says plainly what is not mapped yet.
"""

import json
from collections.abc import Callable
from pathlib import Path

import yaml

from autograder.config import REPO, CourseConfig
from autograder.lesson.source import lesson_file, read_lesson

UNTAGGED = "untagged"
BANKS = REPO / "exams" / "banks"
STANDARD = REPO / "exams" / "standard.yml"


def work_contents(config: CourseConfig) -> Callable[[str, str], tuple[str, ...]]:
    """The one mapping from items to the standard: (assignment, item or theory question id) →
    the work content ids it assesses, or ("untagged",)."""
    banks = _bank_contents()
    lessons: dict[str, dict[str, tuple[str, ...]]] = {}

    def lookup(assignment: str, item: str) -> tuple[str, ...]:
        if assignment not in lessons:  # each lesson's tags are read once, when first asked for
            lessons[assignment] = {**_source_tags(config, assignment), **_manifest_tags(config, assignment)}
        return lessons[assignment].get(item) or ((banks[item],) if item in banks else (UNTAGGED,))

    return lookup


def work_content_names() -> dict[str, str]:
    """work content id → "English · 中文" name, from the standard's map."""
    if not STANDARD.exists():
        return {}
    standard = yaml.safe_load(STANDARD.read_text(encoding="utf-8"))
    names = {key: f"{value['en']} · {value['zh']}" for key, value in standard.get("common", {}).items()}
    for level in standard.get("levels", {}).values():
        for function in level.get("functions", {}).values():
            for key, value in function.get("contents", {}).items():
                names[key] = f"{value['en']} · {value['zh']}"
    return names


def _split(value) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(part.strip() for part in str(value or "").split(",") if part.strip())


def _manifest_tags(config: CourseConfig, assignment: str) -> dict[str, tuple[str, ...]]:
    path = config.source_dir(assignment) / "lesson.json"
    try:
        items = json.loads(path.read_text(encoding="utf-8")).get("items", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {item: ids for item, info in items.items() if isinstance(info, dict) and (ids := _split(info.get("assesses")))}


def _source_tags(config: CourseConfig, assignment: str) -> dict[str, tuple[str, ...]]:
    folder = config.lessons_dir / assignment
    if not folder.is_dir():
        return {}
    try:
        lesson = read_lesson(lesson_file(folder))
    except Exception:  # a source that no longer reads only means its items count as untagged
        return {}
    return {cell.item: ids for cell in lesson.cells
            if cell.item and cell.role != "hint" and (ids := _split(cell.metadata.get("assesses")))}


def _bank_contents() -> dict[str, str]:
    contents = {}
    for path in sorted(Path(BANKS).glob("level*/*.yml")):
        try:
            questions = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError:
            continue  # the bank's own validation reports it
        contents.update({q["id"]: q["content"] for q in questions if isinstance(q, dict) and "id" in q and "content" in q})
    return contents
