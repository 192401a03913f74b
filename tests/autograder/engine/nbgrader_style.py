"""An assignment written directly in nbgrader, and the submissions nbgrader's own autograde
tests exercise, for the parity test (test_nbgrader_parity.py).

The kit's own fixtures, written here: two notebooks whose names are not the assignment's,
autograded answers, test cells with points (one hiding tests, one giving partial credit the
nbgrader way, by showing a number), a data file a test reads and a written answer graded by
hand. Each `Case` is one trainee's submission, made from the release the way a trainee would
make it: solved, blank, half done, in Chinese, with cells deleted or added, with loops,
exceptions, floods of output, a notebook missing, extra files, late.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ASSIGNMENT = "week1"
NOTEBOOKS = ("arithmetic", "words")
COURSE_ID = "parity101"
CELL_TIMEOUT = 3  # seconds, for both tools: short, so the loops cost little
DUE = "2026-03-02 17:00:00 UTC"
ON_TIME = "2026-03-02 16:30:00 UTC"
LATE = "2026-03-02 20:20:00 UTC"  # 3 h 20 min late: three marks per notebook under the plugin below

# nbgrader's own plugin interface: one mark off per whole hour late, never below zero
LATE_PLUGIN = '''"""One mark off per whole hour late (nbgrader calls this per notebook)."""

from nbgrader.plugins import BasePlugin


class MarkPerHour(BasePlugin):
    def late_submission_penalty(self, student_id, score, total_seconds_late):
        return min(score, total_seconds_late // 3600)
'''

NBGRADER_CONFIG = f"""c = get_config()
c.CourseDirectory.course_id = {COURSE_ID!r}
c.Execute.timeout = {CELL_TIMEOUT}
c.AssignLatePenalties.plugin_class = "late_penalty.MarkPerHour"
"""

# what each autograded answer is: the signature given, and the body a solution has
ANSWERS = {
    "add": ("def add(a, b):", "return a + b"),
    "column_total": ("def column_total(path):",
                     "with open(path, encoding='utf-8') as handle:\n"
                     "        return sum(int(line) for line in handle if line.strip())"),
    "mean": ("def mean(values):", "return sum(values) / len(values)"),
    "greet": ("def greet(name):", "return f'你好，{name}！'"),
    "count_words": ("def count_words(text):", "return len(text.split())"),
}
WRITTEN = "Splitting on whitespace counts runs of spaces once."


def _cell(kind: str, source: str, grade_id: str, *, solution=False, grade=False, locked=False, points=None):
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    meta = {"grade_id": grade_id, "solution": solution, "grade": grade, "locked": locked, "task": False,
            "schema_version": 3}
    if points is not None:
        meta["points"] = points
    return make(source, metadata={"nbgrader": meta})


def _answer(item: str):
    signature, body = ANSWERS[item]
    return _cell("code", f"{signature}\n    ### BEGIN SOLUTION\n    {body}\n    ### END SOLUTION", item, solution=True)


def _tests(grade_id: str, points: float, source: str):
    return _cell("code", source, grade_id, grade=True, locked=True, points=points)


def source_notebooks() -> dict[str, nbformat.NotebookNode]:
    """The instructor's source notebooks, by name."""
    arithmetic = [
        _cell("markdown", "# Arithmetic\n\nThree small functions; `numbers.csv` is beside this notebook.", "intro",
              locked=True),
        _answer("add"),
        _tests("test_add", 2, "assert add(2, 3) == 5\nassert add(-1, 1) == 0"),
        _answer("column_total"),
        _tests("test_column_total", 2, "assert column_total('numbers.csv') == 15"),
        _answer("mean"),
        _tests("test_mean", 1, "assert mean([1, 2, 3]) == 2\n"
                               "### BEGIN HIDDEN TESTS\nassert mean([0.5]) == 0.5\n### END HIDDEN TESTS"),
        # nbgrader's partial credit: a test cell that shows a number scores that many points
        _tests("test_mean_partial", 3, "checks = [mean([2, 4]) == 3, mean([5]) == 5, mean([1, 1, 4]) == 2]\n"
                                       "float(sum(checks))"),
    ]
    words = [
        _cell("markdown", "# Words · 词语", "intro_words", locked=True),
        _answer("greet"),
        _tests("test_greet", 2, "assert greet('世界') == '你好，世界！'\nprint(greet('🌏'))"),
        _answer("count_words"),
        _tests("test_count_words", 1, "assert count_words('a b  c') == 3\nassert count_words('') == 0"),
        _cell("markdown", f"Why does `split()` suit counting words?\n\n### BEGIN SOLUTION\n{WRITTEN}\n"
                          "### END SOLUTION", "explain", solution=True, grade=True, points=2),
    ]
    kernel = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
              "language_info": {"name": "python"}}
    return {"arithmetic": nbformat.v4.new_notebook(cells=arithmetic, metadata=kernel),
            "words": nbformat.v4.new_notebook(cells=words, metadata=kernel)}


def write_source(course_dir: Path) -> None:
    """The course directory as an instructor has it before `nbgrader generate_assignment`."""
    source = course_dir / "source" / ASSIGNMENT
    source.mkdir(parents=True)
    for name, notebook in source_notebooks().items():
        nbformat.write(notebook, source / f"{name}.ipynb")
    (source / "numbers.csv").write_text("1\n2\n3\n4\n5\n", encoding="utf-8")
    (course_dir / "nbgrader_config.py").write_text(NBGRADER_CONFIG, encoding="utf-8")
    (course_dir / "late_penalty.py").write_text(LATE_PLUGIN, encoding="utf-8")


# --- what trainees do to the released notebooks -------------------------------------------

def cell(notebook, grade_id: str):
    return next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def write(notebook, grade_id: str, source: str) -> None:
    cell(notebook, grade_id).source = source


def solution(item: str) -> str:
    signature, body = ANSWERS[item]
    return f"{signature}\n    {body}"


def solve(notebooks: dict) -> None:
    for notebook in notebooks.values():
        for item in ANSWERS:
            if any(c.metadata.get("nbgrader", {}).get("grade_id") == item for c in notebook.cells):
                write(notebook, item, solution(item))
    if "words" in notebooks:
        write(notebooks["words"], "explain", WRITTEN)


def _solved(notebooks, folder):
    solve(notebooks)


def _blank(notebooks, folder):
    pass


def _partial(notebooks, folder):
    write(notebooks["arithmetic"], "add", solution("add"))
    write(notebooks["arithmetic"], "mean", "def mean(values):\n    return max(values)")  # right for [5] only
    write(notebooks["words"], "greet", solution("greet"))


def _unicode(notebooks, folder):
    solve(notebooks)
    write(notebooks["arithmetic"], "add", "def add(a, b):\n    结果 = a + b  # 和\n"
                                          "    print(f'加法 ✓ {结果}')\n    return 结果\n\nadd(1, 2)")
    write(notebooks["words"], "greet", "def greet(name):\n    问候 = '你好'\n    return f'{问候}，{name}！'\n\n"
                                       "print(greet('数据标注员 🏷️'))")
    write(notebooks["words"], "explain", "空格分词：连续的空格只算一次。✅")


def _deleted_cells(notebooks, folder):
    """An answer cell deleted in one notebook, a locked test cell in the other."""
    solve(notebooks)
    notebooks["arithmetic"].cells.remove(cell(notebooks["arithmetic"], "add"))
    notebooks["words"].cells.remove(cell(notebooks["words"], "test_count_words"))


def _added_cells(notebooks, folder):
    solve(notebooks)
    arithmetic = notebooks["arithmetic"]
    arithmetic.cells.insert(1, nbformat.v4.new_code_cell("def twice(x):\n    return 2 * x"))
    arithmetic.cells.insert(2, nbformat.v4.new_markdown_cell("My own notes."))
    write(arithmetic, "add", "def add(a, b):\n    return twice(a + b) // 2")


def _edited_tests(notebooks, folder):
    """A test cell rewritten to pass (nbgrader puts the locked original back)."""
    write(notebooks["arithmetic"], "test_add", "pass")
    write(notebooks["arithmetic"], "test_mean_partial", "3.0")


def _errors(notebooks, folder):
    """A raised exception, a function that raises, and (nbgrader PR#1324's exploit) traceback
    display switched off before a wrong answer."""
    solve(notebooks)
    write(notebooks["arithmetic"], "add", "raise RuntimeError('not finished 未完成')")
    write(notebooks["arithmetic"], "mean", "def mean(values):\n    return sum(values) / 0")
    write(notebooks["words"], "greet", "from IPython import get_ipython\n"
                                       "get_ipython().showtraceback = lambda *a, **k: None\n\n"
                                       "def greet(name):\n    return name")


def _infinite_loop(notebooks, folder):
    solve(notebooks)
    write(notebooks["arithmetic"], "column_total", "while True:\n    pass")


def _huge_output(notebooks, folder):
    """Thousands of lines (nbgrader's LimitOutput keeps 1000) and one line longer than the
    kit's output limit per cell (1 MB by default; nbgrader keeps all of it)."""
    solve(notebooks)
    write(notebooks["arithmetic"], "add", solution("add") + "\n\nfor i in range(5000):\n    print('行', i)")
    write(notebooks["words"], "count_words", solution("count_words") + "\n\nprint('字' * 1_100_000)")


def _missing_notebook(notebooks, folder):
    solve(notebooks)
    del notebooks["words"]


def _extra_files(notebooks, folder):
    """A module the answer imports, a changed copy of the assignment's data (the source's wins),
    notes, and a scratch notebook (not part of the assignment: nbgrader skips it)."""
    solve(notebooks)
    (folder / "plus.py").write_text("def plus(a, b):\n    return a + b\n", encoding="utf-8")
    (folder / "numbers.csv").write_text("100\n", encoding="utf-8")
    (folder / "notes.txt").write_text("草稿\n", encoding="utf-8")
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")]), folder / "scratch.ipynb")
    write(notebooks["arithmetic"], "add", "from plus import plus\n\ndef add(a, b):\n    return plus(a, b)")


def _kernel_dies(notebooks, folder):
    solve(notebooks)
    write(notebooks["arithmetic"], "add", "import os\nos._exit(1)")


def _stuck_loop(notebooks, folder):
    """A loop that ignores the interrupt: only replacing the kernel stops it."""
    solve(notebooks)
    write(notebooks["arithmetic"], "column_total", "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                                   "while True:\n    pass")


@dataclass(frozen=True)
class Case:
    trainee: str
    make: Callable
    timestamp: str = ON_TIME
    # plain nbgrader's score per notebook, to show the case does what it says
    nbgrader: dict[str, float] = field(default_factory=dict)
    # where plain nbgrader cannot finish: what it does, the test cell of the answer that broke
    # the kernel, and the kit's score per notebook
    note: str = ""
    failing: str = ""
    kit: dict[str, float] = field(default_factory=dict)


FULL = {"arithmetic": 8.0, "words": 3.0}

# submissions both tools grade to the end: scores must be equal
PARITY = [
    Case("solved", _solved, nbgrader=FULL),
    Case("blank", _blank, timestamp="", nbgrader={"arithmetic": 0.0, "words": 0.0}),
    Case("partial", _partial, nbgrader={"arithmetic": 3.0, "words": 2.0}),
    Case("unicode", _unicode, nbgrader=FULL),
    Case("deleted-cells", _deleted_cells, nbgrader={"arithmetic": 6.0, "words": 2.0}),
    Case("added-cells", _added_cells, nbgrader=FULL),
    Case("edited-tests", _edited_tests, nbgrader={"arithmetic": 0.0, "words": 0.0}),
    Case("errors", _errors, nbgrader={"arithmetic": 2.0, "words": 1.0}),
    Case("infinite-loop", _infinite_loop, nbgrader={"arithmetic": 6.0, "words": 3.0}),
    Case("huge-output", _huge_output, nbgrader=FULL),
    Case("missing-notebook", _missing_notebook, nbgrader={"arithmetic": 8.0, "words": 0.0}),
    Case("extra-files", _extra_files, nbgrader=FULL),
    Case("late", _solved, timestamp=LATE, nbgrader=FULL),
]

# submissions plain nbgrader cannot grade to the end; the kit grades the rest of the notebook
KIT_ONLY = [
    Case("kernel-dies", _kernel_dies, note="the kernel dies (os._exit): nbgrader drops the whole submission",
         failing="arithmetic/test_add", kit={"arithmetic": 6.0, "words": 3.0}),
    Case("stuck-loop", _stuck_loop, note="the loop ignores the interrupt: nbgrader drops the whole submission",
         failing="arithmetic/test_column_total", kit={"arithmetic": 6.0, "words": 3.0}),
]


def write_submission(course_dir: Path, case: Case) -> None:
    """The case's submission beside the release, as `nbgrader collect` leaves it."""
    release = course_dir / "release" / ASSIGNMENT
    folder = course_dir / "submitted" / case.trainee / ASSIGNMENT
    folder.mkdir(parents=True)
    notebooks = {name: nbformat.read(release / f"{name}.ipynb", as_version=4) for name in NOTEBOOKS}
    case.make(notebooks, folder)
    for name, notebook in notebooks.items():
        nbformat.write(notebook, folder / f"{name}.ipynb")
    if case.timestamp:
        (folder / "timestamp.txt").write_text(case.timestamp, encoding="utf-8")
