"""The lesson manifest a released notebook works against.

The build writes `lesson.json` beside every lesson notebook: the lesson id, its language,
and per graded item its points, how many hidden checks grading will add, and its hints.
It never holds solutions, hidden tests or gold data.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = "lesson.json"


@dataclass(frozen=True)
class ItemInfo:
    points: float
    hidden_checks: int = 0
    hints: tuple[str, ...] = ()
    manual: bool = False  # a written answer graded by hand


@dataclass(frozen=True)
class LessonInfo:
    lesson_id: str
    lang: str
    items: dict[str, ItemInfo] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path | str = ".") -> "LessonInfo":
        """The manifest in `folder`, or an empty English one when there is none."""
        path = Path(folder) / MANIFEST_NAME
        if not path.exists():
            return cls(lesson_id="", lang="en")
        data = json.loads(path.read_text(encoding="utf-8"))
        items = {
            item_id: ItemInfo(
                points=info["points"],
                hidden_checks=info.get("hidden_checks", 0),
                hints=tuple(info.get("hints", ())),
                manual=info.get("manual", False),
            )
            for item_id, info in data["items"].items()
        }
        return cls(lesson_id=data["lesson"], lang=data["lang"], items=items)

    def to_json(self) -> str:
        return json.dumps(
            {
                "lesson": self.lesson_id,
                "lang": self.lang,
                "items": {
                    item_id: {
                        "points": info.points,
                        "hidden_checks": info.hidden_checks,
                        "hints": list(info.hints),
                        "manual": info.manual,
                    }
                    for item_id, info in self.items.items()
                },
            },
            ensure_ascii=False,
            indent=1,
        )


def lesson_language(folder: Path | str = ".") -> str:
    """The language of the lesson in `folder`; English when there is no readable manifest."""
    try:
        return LessonInfo.load(folder).lang
    except (OSError, ValueError, KeyError, TypeError):
        return "en"
