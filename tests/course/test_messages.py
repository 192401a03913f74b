"""One message catalog (course/messages/): complete in both languages, and the only one."""

import ast
import re
import string
from pathlib import Path

import pytest

import course.messages
from course.messages import LANGUAGES, UnknownMessage, catalog, text, translations

REPO = Path(__file__).resolve().parents[2]
CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Files that may still hold Chinese text in code, and why: each is a debt or is not a message.
CHINESE_ALLOWED = {
    "autograder/simulate.py": "names of simulated trainees: data, not messages",
    "autograder/lesson/skeleton.py": "the lesson `course new` writes: lesson content",
    "autograder/report/analysis.py": "the instructor report's side-by-side reasons, worded with their figures",
    "autograder/report/cohort_report.py": "the instructor report's side-by-side sheet and column names",
    "autograder/report/figures.py": "the instructor report's side-by-side axis labels",
    "autograder/report/page.py": "the instructor report's side-by-side row-count note",
    "autograder/report/workbook.py": "the instructor report's side-by-side empty-sheet note",
    "autograder/certify/credential.py": "the signed credential's fixed bilingual wording",
    "autograder/certify/html.py": "the certificate's fixed bilingual layout",
    "autograder/certify/pdf.py": "the certificate's fixed bilingual layout",
}


def blanks(template: str) -> list:
    """The {placeholders} of a template with their format specs, in order of name."""
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None)


def test_every_message_speaks_both_languages_with_the_same_blanks():
    problems = []
    for key, versions in catalog().items():
        if set(versions) != set(LANGUAGES):
            problems.append(f"{key}: languages {sorted(versions)}, not {list(LANGUAGES)}")
        elif not all(isinstance(v, str) and v.strip() for v in versions.values()):
            problems.append(f"{key}: an empty or non-text version")
        elif not CHINESE.search(versions["zh"]):
            problems.append(f"{key}: the zh version is not Chinese")
        elif blanks(versions["en"]) != blanks(versions["zh"]):
            problems.append(f"{key}: blanks {blanks(versions['en'])} in en, {blanks(versions['zh'])} in zh")
    assert not problems, "\n".join(problems)


def test_each_area_file_names_its_keys():
    areas = {key.split(".")[0] for key in catalog()}
    assert areas == {path.stem for path in (REPO / "course" / "messages").glob("*.yml")}
    assert text("widgets.skip", "zh") == "跳过"
    assert text("exam.section.tf", "en", part="Part 1", count=3, points=1.0) == \
        "Part 1: true or false (3 questions, 1 point each)"
    assert translations("quiz.true") == {"en": "True", "zh": "正确"}


def test_unknown_language_reads_english():
    assert text("lesson.no_hints", "fr", item="x") == "There are no hints for x."


def test_a_missing_key_or_language_is_a_clear_error(monkeypatch):
    with pytest.raises(UnknownMessage, match="no message 'lesson.no_such_thing' in course/messages"):
        text("lesson.no_such_thing", "en")
    monkeypatch.setattr(course.messages, "catalog", lambda: {"area.half": {"en": "only English"}})
    with pytest.raises(UnknownMessage, match="'area.half' has no zh text"):
        text("area.half", "zh")


def python_files():
    for folder in ("course", "autograder"):
        for path in sorted((REPO / folder).rglob("*.py")):
            name = path.relative_to(REPO).as_posix()
            if not name.startswith("course/messages/"):
                yield name, ast.parse(path.read_text(encoding="utf-8"))


def _docstrings(tree) -> set[int]:
    nodes = [tree] + [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    return {id(n.body[0].value) for n in nodes if n.body and isinstance(n.body[0], ast.Expr)}


def _is_lookup(function) -> bool:
    """text(key, lang), word(key, lang), labels.text(key): a message by key."""
    names = {a.arg for a in function.args.args}
    return "key" in names and (function.name == "text" or "lang" in names)


def _is_ui_table(node: ast.Dict) -> bool:
    """{"en": "...", "zh": "中文"} (or {"en": {...}, "zh": {...}}) written out: a second catalog.
    Tables that pass on content read from elsewhere ({"en": o["en"], ...}) are not."""
    versions = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
    return {"en", "zh"} <= set(versions) and any(
        isinstance(n, ast.Constant) and CHINESE.search(str(n.value)) for n in ast.walk(versions["zh"]))


def test_no_module_outside_the_catalog_keeps_messages():
    problems = []
    for name, tree in python_files():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            where = f"{name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _is_lookup(node):
                problems.append(f"{where}: a message lookup of its own ({node.name})")
            elif isinstance(node, ast.Dict) and _is_ui_table(node):
                problems.append(f"{where}: an en/zh message table")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and CHINESE.search(node.value) \
                    and id(node) not in docstrings and name not in CHINESE_ALLOWED:
                problems.append(f"{where}: Chinese text {node.value[:30]!r}")
    assert not problems, "messages belong in course/messages/*.yml:\n" + "\n".join(problems)
