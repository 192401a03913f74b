"""The national AI Trainer standard (Levels 5-3) as read from exams/standard.yml.

One data file holds the map; this module only reads it, so every tag in lessons, banks and
practical papers is checked against the same ids.
"""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from autograder.config import REPO

STANDARD_FILE = REPO / "exams" / "standard.yml"
COMMON_IDS = ("ethics", "fundamentals")


@dataclass(frozen=True)
class WorkContent:
    """A work content (工作内容), or one of the common ids ethics / fundamentals."""

    id: str
    function: str  # the function id it belongs to; ethics / fundamentals are their own function
    level: int | None  # None for the common ids, which every level assesses
    en: str
    zh: str


@dataclass(frozen=True)
class Function:
    id: str
    level: int
    en: str
    zh: str
    contents: tuple[WorkContent, ...]


@dataclass(frozen=True)
class Level:
    number: int
    en: str
    zh: str
    training_hours: int
    theory_weights: dict  # function id (or ethics / fundamentals) -> percent of the theory paper
    functions: tuple[Function, ...]

    @property
    def contents(self) -> tuple[WorkContent, ...]:
        return tuple(c for f in self.functions for c in f.contents)


@dataclass(frozen=True)
class Standard:
    occupation: dict
    levels: dict  # level number -> Level
    common: dict  # ethics / fundamentals -> WorkContent

    def level(self, number: int) -> Level:
        return self.levels[int(number)]

    def content(self, content_id: str) -> WorkContent:
        """The work content with this id (KeyError if the standard has none)."""
        return self._by_id()[content_id]

    def function_of(self, content_id: str) -> str:
        return self.content(content_id).function

    def known_ids(self) -> set[str]:
        """Every id a tag may carry: the work contents of all levels plus ethics and fundamentals."""
        return set(self._by_id())

    def _by_id(self) -> dict:
        by_id = dict(self.common)
        for level in self.levels.values():
            by_id.update({c.id: c for c in level.contents})
        return by_id


def load_standard(path: Path = STANDARD_FILE) -> Standard:
    return _load(Path(path).resolve())


@lru_cache(maxsize=4)
def _load(path: Path) -> Standard:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    common = {cid: WorkContent(cid, cid, None, names["en"], names["zh"]) for cid, names in data["common"].items()}
    levels = {}
    for number, level in data["levels"].items():
        functions = tuple(
            Function(fid, int(number), f["name"]["en"], f["name"]["zh"],
                     tuple(WorkContent(cid, fid, int(number), names["en"], names["zh"])
                           for cid, names in f["contents"].items()))
            for fid, f in level["functions"].items())
        levels[int(number)] = Level(int(number), level["name"]["en"], level["name"]["zh"],
                                    int(level["training_hours"]), dict(level["theory_weights"]), functions)
    return Standard(dict(data["occupation"]), levels, common)
