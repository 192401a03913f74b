"""Every message a trainee or instructor reads, in English and Simplified Chinese: one catalog.

Each area keeps its words in one data file beside this module (`lesson.yml` for checks and
hints, `widgets.yml`, `quiz.yml`, `exam.yml`, `tuning.yml` for the widgets, `feedback.yml`,
`report.yml`, `judging.yml`, ... for the instructor side); a message's key is the file's
name, then its place in the file: `text("widgets.skip", "zh")`. The catalog lives under
`course/` because the trainee's kernel imports only `course`; `autograder` reads it too.
`tests/course/test_messages.py` keeps every message in both languages with the same blanks.
"""

from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("en", "zh")
FOLDER = Path(__file__).parent


class UnknownMessage(KeyError):
    """A key (or a language of it) the catalog does not have: a programming mistake, said plainly."""

    def __str__(self) -> str:
        return self.args[0]


def text(key: str, lang: str, **values) -> str:
    """The message `key` in `lang` with `values` filled in (English for a language we do not speak)."""
    lang = lang if lang in LANGUAGES else "en"
    template = _message(key).get(lang)
    if not template:
        raise UnknownMessage(f"message {key!r} has no {lang} text in course/messages/")
    return template.format(**values)


def translations(key: str, **values) -> dict[str, str]:
    """The message `key` in every language: {"en": …, "zh": …}."""
    return {lang: text(key, lang, **values) for lang in LANGUAGES}


def _message(key: str) -> dict[str, str]:
    try:
        return catalog()[key]
    except KeyError:
        raise UnknownMessage(f"no message {key!r} in course/messages/*.yml") from None


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Every message by its full key, read once from the area files."""
    messages = {}
    for path in sorted(FOLDER.glob("*.yml")):
        with path.open(encoding="utf-8") as file:
            _flatten(path.stem, yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), messages)
    return messages


def _flatten(prefix: str, tree: dict, into: dict) -> None:
    """A mapping with an `en` key is a message; any other mapping is a group of messages."""
    if not isinstance(tree, dict):
        raise ValueError(f"course/messages: {prefix} is neither a message nor a group of messages")
    if "en" in tree:
        into[prefix] = tree
        return
    for name, value in tree.items():
        _flatten(f"{prefix}.{name}", value, into)
