"""Theory question banks: exams/banks/level{5,4,3}/*.yml, read and validated.

Each file is a YAML list of questions (format in docs/authoring.md, "Theory question banks").
Reading keeps every question's file and line, so a validation problem points at it the way
lesson problems do.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml
from rapidfuzz import fuzz, process

from autograder.config import REPO
from autograder.lesson.validate import Problem
from autograder.syllabus.standard import Standard, load_standard

BANKS_DIR = REPO / "exams" / "banks"
LEVELS = (5, 4, 3)
TYPES = ("tf", "single", "multiple")
QUESTION_KEYS = {"id", "level", "content", "difficulty", "type", "stem", "options", "answer", "explain"}
OPTION_KEYS = {"en", "zh", "correct"}
QUESTION_ID = re.compile(r"^L[345]-[A-Z0-9]+-\d{3}$")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
# stems this similar (rapidfuzz ratio of normalised text, 0-100) are one question asked twice
NEAR_DUPLICATE = 90
LINE = "__line__"


class BankInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Option:
    id: str  # A, B, C… in the bank file's order (papers shuffle what the candidate sees, not the id)
    en: str
    zh: str
    correct: bool

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Question:
    id: str
    level: int
    content: str  # work content id, or ethics / fundamentals
    function: str  # derived from content: L5.1 …, or ethics / fundamentals (the theory-weight keys)
    difficulty: int  # 1 easy, 2 medium, 3 hard
    type: str  # tf | single | multiple
    stem: dict  # {"en": …, "zh": …}
    options: tuple  # of Option; empty for tf
    answer: bool | None  # tf only
    explain: dict  # {"en": …, "zh": …}
    file: Path
    line: int

    @property
    def correct(self) -> tuple[str, ...]:
        """What a right response chooses: option ids, or ("true",) / ("false",) for tf."""
        if self.type == "tf":
            return ("true" if self.answer else "false",)
        return tuple(o.id for o in self.options if o.correct)


def load_bank(level: int, banks_dir: Path | None = None) -> list[Question]:
    """Every question of a level's bank; raises BankInvalid if any of its files has a problem."""
    standard, banks_dir = load_standard(), banks_dir or BANKS_DIR
    questions, problems = [], []
    for path in bank_files(banks_dir, level):
        records, file_problems = _read(path)
        problems += file_problems
        for record in records:
            found = list(check_question(record, path, int(level), standard))
            problems += found
            if not found:
                questions.append(_question(record, path, standard))
    if problems:
        raise BankInvalid(problems)
    return questions


def validate_banks(banks_dir: Path | None = None, standard: Standard | None = None) -> list[Problem]:
    """Every problem in every bank: each question's own, then ids and stems across all banks."""
    standard, banks_dir = standard or load_standard(), banks_dir or BANKS_DIR
    problems, records = [], []
    for level in LEVELS:
        for path in bank_files(banks_dir, level):
            file_records, file_problems = _read(path)
            problems += file_problems
            for record in file_records:
                problems += check_question(record, path, level, standard)
                records.append((path, record))
    problems += check_unique_ids(records)
    problems += check_near_duplicates(records)
    return sorted(problems, key=lambda p: (str(p.path), p.line))


def check_banks(banks_dir: Path | None = None) -> None:
    """Raise BankInvalid listing every problem in the banks (what `course build` runs first)."""
    problems = validate_banks(banks_dir)
    if problems:
        raise BankInvalid(problems)


def bank_files(banks_dir: Path, level: int) -> list[Path]:
    return sorted((Path(banks_dir) / f"level{level}").glob("*.yml"))


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML that remembers the line each mapping starts on."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


def _read(path: Path) -> tuple[list[dict], list[Problem]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [], [Problem(path, mark.line + 1 if mark else 1, f"not valid YAML: {getattr(error, 'problem', error)}")]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(path, 1, "a bank file is a YAML list of questions")]
    records, problems = [], []
    for item in data:
        if isinstance(item, dict):
            records.append(item)
        else:
            problems.append(Problem(path, 1, f"a question is a mapping of keys, not {item!r}"))
    return records, problems


def check_question(record: dict, path: Path, level: int, standard: Standard) -> Iterator[Problem]:
    rules = (check_keys, check_tags, check_languages, check_answer)
    for rule in rules:
        yield from rule(record, path, level, standard)


def _at(path: Path, record: dict, message: str) -> Problem:
    return Problem(path, record.get(LINE, 1), f"{record.get('id', '?')}: {message}")


def check_keys(record, path, _level, _standard) -> Iterator[Problem]:
    keys = set(record) - {LINE}
    for key in sorted(keys - QUESTION_KEYS):
        yield _at(path, record, f"unknown key '{key}'")
    for key in ("id", "level", "content", "difficulty", "type", "stem", "explain"):
        if key not in keys:
            yield _at(path, record, f"missing '{key}'")
    if "id" in keys and not QUESTION_ID.match(str(record["id"])):
        yield _at(path, record, "id must look like L5-DC-001 (level, a short code, three digits)")
    if record.get("type") not in TYPES:
        yield _at(path, record, f"type must be one of {', '.join(TYPES)}, not {record.get('type')!r}")
    difficulty = record.get("difficulty")
    if isinstance(difficulty, bool) or difficulty not in (1, 2, 3):
        yield _at(path, record, f"difficulty must be 1, 2 or 3, not {difficulty!r}")
    for option in _options(record):
        if not isinstance(option, dict):
            yield _at(path, record, f"an option is a mapping with en, zh (and correct: true), not {option!r}")
            continue
        for key in sorted(set(option) - OPTION_KEYS - {LINE}):
            yield Problem(path, option[LINE], f"{record.get('id', '?')}: unknown option key '{key}'")
        if "correct" in option and not isinstance(option["correct"], bool):
            yield Problem(path, option[LINE], f"{record.get('id', '?')}: correct must be true or false")


def check_tags(record, path, level, standard: Standard) -> Iterator[Problem]:
    if record.get("level") != level:
        yield _at(path, record, f"level {record.get('level')!r} in the bank of level {level}")
    content = record.get("content")
    if content not in standard.known_ids():
        yield _at(path, record, f"unknown work content '{content}'")
    else:
        owner = standard.content(content).level
        if owner is not None and owner != level:
            yield _at(path, record, f"work content {content} is a Level {owner} one, not of this Level {level} bank")


def check_languages(record, path, _level, _standard) -> Iterator[Problem]:
    """Stem and explanation are written in both languages; an option may be the same in both
    (a number, a code snippet, a file format), but never missing in either."""
    qid = record.get("id", "?")
    for name in ("stem", "explain"):
        text = record.get(name)
        if name not in record:
            continue  # reported by check_keys
        if not isinstance(text, dict):
            yield _at(path, record, f"{name} needs en and zh texts")
            continue
        line = text.get(LINE, record.get(LINE, 1))
        if not LATIN.search(str(text.get("en") or "")):
            yield Problem(path, line, f"{qid}: {name} has no English (en) text")
        if not CHINESE.search(str(text.get("zh") or "")):
            yield Problem(path, line, f"{qid}: {name} has no Chinese (zh) text")
    for index, option in enumerate(_options(record)):
        if not isinstance(option, dict):
            continue
        en, zh = str(option.get("en") or "").strip(), str(option.get("zh") or "").strip()
        name = f"option {chr(65 + index)}"
        if not en:
            yield Problem(path, option[LINE], f"{qid}: {name} has no English (en) text")
        if not zh:
            yield Problem(path, option[LINE], f"{qid}: {name} has no Chinese (zh) text")
        elif not CHINESE.search(zh) and _normal(zh) != _normal(en):
            yield Problem(path, option[LINE], f"{qid}: {name} has no Chinese (zh) text (its zh is not Chinese)")


def check_answer(record, path, _level, _standard) -> Iterator[Problem]:
    kind, options = record.get("type"), _options(record)
    if kind == "tf":
        if not isinstance(record.get("answer"), bool):
            yield _at(path, record, "a tf question needs answer: true or answer: false")
        if "options" in record:
            yield _at(path, record, "a tf question has no options")
        return
    if kind not in ("single", "multiple"):
        return
    if "answer" in record:
        yield _at(path, record, f"a {kind} question marks its correct options (correct: true), not answer:")
    if not 2 <= len(options) <= 6:
        yield _at(path, record, f"a {kind} question has 2 to 6 options, not {len(options)}")
    right = sum(1 for o in options if isinstance(o, dict) and o.get("correct") is True)
    if kind == "single" and right != 1:
        yield _at(path, record, f"a single-choice question has exactly one correct option, not {right}")
    if kind == "multiple" and right < 2:
        yield _at(path, record, f"a multiple-choice question has at least two correct options, not {right}")
    if kind == "multiple" and right == len(options):
        yield _at(path, record, "a multiple-choice question needs at least one wrong option")
    texts = [str(o.get("en", "")).strip() for o in options if isinstance(o, dict)]
    if len(set(texts)) < len(texts):
        yield _at(path, record, "two options have the same English text")


def check_unique_ids(records: list[tuple[Path, dict]]) -> Iterator[Problem]:
    first = {}
    for path, record in records:
        qid = record.get("id")
        if qid is None:
            continue
        if qid in first:
            where = first[qid]
            yield _at(path, record, f"id used again (first at {where[0]}:{where[1]})")
        else:
            first[qid] = (path, record.get(LINE, 1))


def check_near_duplicates(records: list[tuple[Path, dict]]) -> Iterator[Problem]:
    """Two stems whose normalised English or Chinese text is nearly the same, in any two banks."""
    for lang in ("en", "zh"):
        stems = [_normal(str((r.get("stem") or {}).get(lang, ""))) if isinstance(r.get("stem"), dict) else ""
                 for _, r in records]
        scores = process.cdist(stems, stems, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE, workers=1)
        for i, j in zip(*scores.nonzero()):
            if i < j and stems[i] and stems[j]:
                (path_i, first), (path, record) = records[i], records[j]
                yield _at(path, record, f"stem nearly the same as {first.get('id')} ({path_i}:{first.get(LINE, 1)})"
                                        f" in {lang} ({scores[i, j]:.0f}% alike)")


def _options(record: dict) -> list:
    options = record.get("options")
    return options if isinstance(options, list) else []


def _normal(text: str) -> str:
    """Lower case, words only: punctuation, spaces and full-width forms say nothing of the question."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _question(record: dict, path: Path, standard: Standard) -> Question:
    text = lambda d: {"en": str(d["en"]), "zh": str(d["zh"])}
    options = tuple(Option(chr(65 + i), str(o["en"]), str(o["zh"]), o.get("correct") is True)
                    for i, o in enumerate(_options(record)))
    return Question(str(record["id"]), int(record["level"]), record["content"],
                    standard.function_of(record["content"]), int(record["difficulty"]), record["type"],
                    text(record["stem"]), options, record.get("answer") if record["type"] == "tf" else None,
                    text(record["explain"]), path, record.get(LINE, 1))
