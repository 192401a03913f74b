"""The rules a lesson source must follow before anything is built from it.

Each rule is a small function yielding `Problem`s that name the file and line, so an author
sees every mistake at once, the way a compiler lists errors.
"""

import ast
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from autograder.lesson.regions import HIDDEN, SOLUTION, find_regions, region_lines
from autograder.lesson.source import DISCLOSURE, JUDGE_HELPERS, ROLE_KEYS, LessonSource, SourceCell
from autograder.syllabus.standard import load_standard

ITEM_ID = re.compile(r"^[a-z][a-z0-9_]*$")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
LEVELS = {1, 2, 3, 4, 5}


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class LessonInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def validate(lesson: LessonSource, datasets_dir: Path) -> list[Problem]:
    rules = (check_header, check_cell_keys, check_languages, check_markers,
             check_graded_items, check_python, check_expectations, check_judges,
             check_judge_helpers, check_assessed, check_assess_tags)
    problems = []
    for rule in rules:
        problems.extend(rule(lesson, datasets_dir))
    return sorted(problems, key=lambda p: p.line)


def _problem(lesson: LessonSource, cell: SourceCell, message: str, offset: int = 0) -> Problem:
    # a cell's content starts on the line after its `# %%` header
    return Problem(lesson.path, cell.line + (offset + 1 if offset or cell.source else 0), message)


def check_header(lesson: LessonSource, datasets_dir: Path) -> Iterator[Problem]:
    info = lesson.info
    expected_id = lesson.path.parent.name if lesson.path.stem == lesson.path.parent.name else lesson.path.stem
    if not info:
        yield Problem(lesson.path, 1, "the header has no 'course:' block (id, level, title, datasets)")
        return
    if info.get("id") != expected_id:
        yield Problem(lesson.path, 1, f"course id '{info.get('id')}' must equal the file name '{expected_id}'")
    if info.get("level") not in LEVELS:
        yield Problem(lesson.path, 1, f"course level must be one of {sorted(LEVELS)}, not {info.get('level')!r}")
    title = info.get("title") or {}
    for lang in ("en", "zh"):
        if not isinstance(title, dict) or not str(title.get(lang) or "").strip():
            yield Problem(lesson.path, 1, f"the course title has no '{lang}' text")
    if isinstance(title, dict) and set(title) - {"en", "zh"}:
        # an unquoted comma in `{en: A, B, zh: …}` makes YAML read a stray key
        yield Problem(lesson.path, 1, f"the course title has keys besides en and zh: {sorted(set(title) - {'en', 'zh'})}"
                                      " (quote titles that contain commas)")
    for name in lesson.datasets + lesson.gold:
        if not (Path(datasets_dir) / name).is_file():
            yield Problem(lesson.path, 1, f"dataset '{name}' is not in {datasets_dir}")
    for name in set(lesson.datasets) & set(lesson.gold):
        yield Problem(lesson.path, 1, f"'{name}' is both a dataset trainees get and gold data they must not see")


def check_cell_keys(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    for cell in lesson.cells:
        for key in cell.unknown_keys:
            if key == "incorrectly_encoded_metadata":
                yield Problem(lesson.path, cell.line, "cannot read this cell line; write keys as key=\"value\"")
            elif key == "title":  # jupytext's reading of a bare word after `# %%`
                yield Problem(lesson.path, cell.line, f"'{cell.metadata[key]}' is not a cell key; write keys as "
                                                      f"key=\"value\" (the one bare key is {JUDGE_HELPERS})")
            else:
                yield Problem(lesson.path, cell.line, f"unknown cell key '{key}'")
        roles = [key for key in ROLE_KEYS if key in cell.metadata] + \
            ([JUDGE_HELPERS] if cell.metadata.get("title") == JUDGE_HELPERS else [])
        if len(roles) > 1:
            yield Problem(lesson.path, cell.line, f"a cell has one role, not {', '.join(roles)}")
        expected_type = {"answer": "code", "tests": "code", "hint": "markdown", "manual": "markdown",
                         "judge": "code", "by_hand": "code", JUDGE_HELPERS: "code"}.get(cell.role)
        if expected_type and cell.cell_type != expected_type:
            yield Problem(lesson.path, cell.line, f"a '{cell.role}' cell must be a {expected_type} cell")
        if cell.item is not None and not ITEM_ID.match(str(cell.item)):
            yield Problem(lesson.path, cell.line, f"item id '{cell.item}' must be lower_case_with_underscores")


def check_languages(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """Prose and hints come as an English cell followed by its Chinese twin."""
    bilingual = [c for c in lesson.cells if c.role in ("prose", "hint")]
    for cell in bilingual:
        if cell.lang not in ("en", "zh"):
            yield Problem(lesson.path, cell.line, f"{cell.role} cell needs lang=\"en\" or lang=\"zh\"")
        elif cell.lang == "zh" and not CHINESE.search(cell.source):
            yield Problem(lesson.path, cell.line, "the Chinese (zh) cell has no Chinese text")
        elif cell.lang == "en" and not LATIN.search(cell.source):
            yield Problem(lesson.path, cell.line, "the English (en) cell has no English text")
    cells = lesson.cells
    for index, cell in enumerate(cells):
        if cell.role not in ("prose", "hint"):
            continue
        following = cells[index + 1] if index + 1 < len(cells) else None
        previous = cells[index - 1] if index else None
        twin = lambda other, lang: (other is not None and other.role == cell.role
                                    and other.lang == lang and other.item == cell.item)
        if cell.lang == "en" and not twin(following, "zh"):
            yield Problem(lesson.path, cell.line, f"this English {cell.role} has no Chinese (zh) cell right after it")
        if cell.lang == "zh" and not twin(previous, "en"):
            yield Problem(lesson.path, cell.line, f"this Chinese {cell.role} has no English (en) cell right before it")


def check_markers(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    for cell in lesson.cells:
        solutions, solution_problems = find_regions(cell.source, SOLUTION)
        hidden, hidden_problems = find_regions(cell.source, HIDDEN)
        for problem in solution_problems + hidden_problems:
            yield _problem(lesson, cell, problem.message, problem.offset)
        if (solutions or solution_problems) and cell.role != "answer":
            yield _problem(lesson, cell, "solution markers belong in answer cells only", _first_line_with(cell, SOLUTION))
        if (hidden or hidden_problems) and cell.role != "tests":
            yield _problem(lesson, cell, "hidden-test markers belong in tests cells only", _first_line_with(cell, HIDDEN))
        if cell.role == "answer" and not solutions and not solution_problems:
            yield _problem(lesson, cell, "an answer cell needs a '### BEGIN SOLUTION' … '### END SOLUTION' region")
        if cell.role == "tests" and len(hidden) > 1:
            yield _problem(lesson, cell, "a tests cell has at most one hidden region")
        if cell.role == "tests" and hidden and not _hidden_region_placed_well(cell.source, hidden[-1]):
            yield _problem(lesson, cell, "nothing may follow the hidden region in a tests cell (unless it comes "
                                         "first and only submits, holding no checks)", hidden[-1].end)


def _hidden_region_placed_well(source: str, region) -> bool:
    """Last in the cell, so `check` can say how many hidden checks follow; or first when it
    holds no checks, so a widget's work reaches its judge even when a visible check fails."""
    lines = source.splitlines()
    if not any(line.strip() for line in lines[region.end + 1:]):
        return True
    first = not any(line.strip() for line in lines[:region.begin])
    body = "\n".join(region.inner_lines(lines))
    return first and not re.search(r"\b(expect|hidden_check)\(", body)


def check_graded_items(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    graded = lesson.graded_items()
    counts = Counter(cell.item for cell in graded)
    for cell in graded:
        if counts[cell.item] > 1:
            yield Problem(lesson.path, cell.line, f"grade id '{cell.item}' is used {counts[cell.item]} times")
        points = cell.points
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0:
            yield Problem(lesson.path, cell.line, f"'{cell.item}' needs points=N with N > 0")
    answered = {c.item for c in lesson.cells if c.role in ("answer", "by_hand")}
    tested = {c.item for c in lesson.cells if c.role == "tests"}
    for cell in lesson.cells:
        if cell.role in ("answer", "by_hand") and cell.item not in tested:
            yield Problem(lesson.path, cell.line, f"{cell.role} '{cell.item}' has no tests cell")
        if cell.role == "tests" and cell.item not in answered:
            yield Problem(lesson.path, cell.line, f"tests '{cell.item}' have no answer cell")
        if cell.role == "hint" and cell.item not in counts:
            yield Problem(lesson.path, cell.line, f"hint for unknown item '{cell.item}'")
    if not graded:
        yield Problem(lesson.path, 1, "the lesson has no graded item")


def check_python(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    for cell in lesson.cells:
        if cell.cell_type != "code":
            continue
        try:
            ast.parse(_without_magics(cell.source))
        except SyntaxError as error:
            yield _problem(lesson, cell, f"Python syntax error: {error.msg}", (error.lineno or 1) - 1)


def check_expectations(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """Check calls name their own item; every expectation speaks both languages."""
    for cell in lesson.cells:
        if cell.role != "tests":
            continue
        try:
            tree = ast.parse(_without_magics(cell.source))
        except SyntaxError:
            continue  # reported by check_python
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
        checks = [c for c in calls if c.func.id in ("check", "hidden_check")]
        if not any(c.func.id == "check" for c in checks):
            yield _problem(lesson, cell, f"the tests cell of '{cell.item}' never calls check(\"{cell.item}\", …)")
        for call in checks:
            named = call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) else None
            if named != cell.item:
                yield _problem(lesson, cell, f"{call.func.id}({named!r}) in the tests cell of '{cell.item}'", call.lineno - 1)
        for call in (c for c in calls if c.func.id == "expect"):
            texts = {k.arg: k.value.value for k in call.keywords
                     if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)}
            if not texts.get("en", "").strip():
                yield _problem(lesson, cell, "expect(…) has no English message (en=\"…\")", call.lineno - 1)
            if not CHINESE.search(texts.get("zh", "")):
                yield _problem(lesson, cell, "expect(…) has no Chinese message (zh=\"…\")", call.lineno - 1)


def check_judges(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """A judge reads what its item's check cell submits at grading, and nothing else does."""
    tests = {cell.item: cell for cell in lesson.cells if cell.role == "tests"}
    judged = set()
    for cell in lesson.cells:
        if cell.role != "judge":
            continue
        if cell.item in judged:
            yield _problem(lesson, cell, f"'{cell.item}' has more than one judge")
        judged.add(cell.item)
        if cell.item not in tests:
            yield _problem(lesson, cell, f"judge for '{cell.item}', which has no tests cell")
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue  # reported by check_python
        judge = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "judge"), None)
        if judge is None or len(judge.args.args) not in (2, 3):
            yield _problem(lesson, cell, "a judge cell defines judge(answer, gold) or judge(answer, gold, seed)")
        if cell.metadata.get("disclose", "message") not in DISCLOSURE:
            yield Problem(lesson.path, cell.line, f"disclose= must be one of {', '.join(DISCLOSURE)}")
    for cell in lesson.cells:
        if "disclose" in cell.metadata and cell.role != "judge":
            yield Problem(lesson.path, cell.line, "disclose= belongs on a judge cell")
    for item, cell in tests.items():
        hidden = "\n".join(region_lines(cell.source, HIDDEN))
        submits = f'submit("{item}"' in hidden or f"submit('{item}'" in hidden
        if item in judged and not submits:
            yield _problem(lesson, cell, f"'{item}' has a judge but its hidden region never calls submit(\"{item}\", …)")
        if submits and item not in judged:
            yield _problem(lesson, cell, f"'{item}' submits an answer but has no judge cell")


def check_judge_helpers(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """One cell of code the lesson's judges share, and only in a lesson that has judges."""
    helpers = [cell for cell in lesson.cells if cell.role == JUDGE_HELPERS]
    for cell in helpers[1:]:
        yield Problem(lesson.path, cell.line, f"a lesson has one judge_helpers cell; the first is at line {helpers[0].line}")
    if helpers and not any(cell.role == "judge" for cell in lesson.cells):
        yield Problem(lesson.path, helpers[0].line, "a judge_helpers cell in a lesson without a judge cell")
    for cell in helpers:
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue  # reported by check_python
        for node in (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "judge"):
            yield _problem(lesson, cell, "judge() belongs in a judge=\"item\" cell, not in judge_helpers", node.lineno - 1)


def check_assessed(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """Every graded item names the standard's work contents it assesses, on its points line."""
    for cell in lesson.graded_items():
        if not cell.assesses:
            yield Problem(lesson.path, cell.line, f"graded item '{cell.item}' needs assesses=\"ID[,ID]\" "
                                                  "naming the work contents of exams/standard.yml it assesses")
    for cell in lesson.cells:
        if "assesses" in cell.metadata and cell.role not in ("answer", "tests", "manual", "judge", "by_hand"):
            yield Problem(lesson.path, cell.line, "assesses= belongs on a graded item's cells")


def check_assess_tags(lesson: LessonSource, _datasets_dir) -> Iterator[Problem]:
    """Tags are the standard's ids, and none is above the lesson's level (5 is entry, 3 advanced)."""
    standard = load_standard()
    level = lesson.info.get("level")
    for cell in lesson.cells:
        for tag in cell.assesses:
            if tag not in standard.known_ids():
                yield Problem(lesson.path, cell.line, f"unknown work content '{tag}' in assesses= "
                                                      "(see exams/standard.yml)")
            elif isinstance(level, int) and (standard.content(tag).level or level) < level:
                yield Problem(lesson.path, cell.line, f"'{tag}' is a Level {standard.content(tag).level} work content, "
                                                      f"above this Level {level} lesson")


def _first_line_with(cell: SourceCell, markers: tuple[str, str]) -> int:
    return next(i for i, line in enumerate(cell.source.splitlines()) if any(m in line for m in markers))


def _without_magics(source: str) -> str:
    # IPython magics are not Python; blank them so line numbers stay right
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
