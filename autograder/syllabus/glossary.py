"""The course's bilingual vocabulary (lessons/glossary.yml): one Chinese term per English one.

`misused_terms` finds the variants the glossary rules out, so a trainee meets one word for one
idea in every lesson (the build's sources are checked by tests/test_glossary.py).
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

from autograder.config import REPO

GLOSSARY_FILE = REPO / "lessons" / "glossary.yml"


@dataclass(frozen=True)
class Term:
    en: str
    zh: str
    wrong: tuple[str, ...]  # Chinese variants the course does not use for this idea


@dataclass(frozen=True)
class Misuse:
    line: int
    variant: str
    term: Term

    def __str__(self) -> str:
        return f"line {self.line}: {self.variant} (write {self.term.zh} for '{self.term.en}')"


def load_glossary(path: Path = GLOSSARY_FILE) -> list[Term]:
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [Term(e["en"], e["zh"], tuple(e.get("wrong", ()))) for e in entries]


def misused_terms(text: str, glossary: list[Term]) -> list[Misuse]:
    """Every place in `text` where a variant the glossary rules out appears, by line."""
    return [Misuse(number, variant, term)
            for number, line in enumerate(text.splitlines(), start=1)
            for term in glossary for variant in term.wrong if variant in line]
