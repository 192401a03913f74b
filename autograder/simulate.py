"""`course simulate`: a realistic cohort of submissions for demos, tests and benchmarks.

Each simulated trainee has a skill: the first trainee knows everything, the last hands in a
blank notebook, and the others sit at evenly spaced quantiles of a normal spread (mean
ABILITY_MEAN, sd ABILITY_SD), set so that, with the slips below, half to two thirds of a
cohort pass both Level 3 papers, the order of national pass rates. Items are
taken in one seeded order, and a trainee of skill s answers correctly the first items of it
worth about s of the autograded points, so a more skilled trainee's correct answers always
include a less skilled one's and scores follow skill whatever the items weigh. Written answers
follow skill too (the better of the lesson's sample answers the more skilled). The other
answers are typical mistakes from the lesson's `mistakes.yml`, or left blank. Three trainees
misbehave on purpose: one leaves everything blank, one's code ends the kernel (`os._exit`),
one's code never stops. Trainees open hints on some of the items they miss, leaving the hint
log the runtime's `hint()` keeps.
"""

import json
import random
import re
import shutil
from dataclasses import dataclass
from itertools import accumulate
from statistics import NormalDist

import nbformat
import yaml

from autograder.config import CourseConfig
from autograder.grading.roster import Trainee, add_to_roster
from autograder.grading.submissions import write_timestamp
from autograder.lesson.assignments import source_id
from autograder.lesson.regions import MARKER_TEXTS
from autograder.lesson.source import lesson_file
from course.check import HINT_LOG_NAME
from course.lesson import LessonInfo

FAMILY_NAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
                ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
                ("胡", "hu"), ("朱", "zhu"), ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo")]
GIVEN_NAMES = [("芳", "fang"), ("伟", "wei"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
               ("洋", "yang"), ("艳", "yan"), ("勇", "yong"), ("杰", "jie"), ("婷", "ting"), ("强", "qiang"),
               ("晓明", "xiaoming"), ("丽娟", "lijuan"), ("志强", "zhiqiang"), ("海燕", "haiyan"),
               ("建华", "jianhua"), ("雪梅", "xuemei"), ("子涵", "zihan"), ("浩然", "haoran")]
STUB = re.compile(r"^(?P<indent>[ \t]*)#[^\n]*\n(?P=indent)raise NotImplementedError\(\)", re.MULTILINE)
NEVER_ENDS = "{indent}waiting = True\n{indent}while waiting:  # never set to False\n{indent}    pass"
ENDS_PYTHON = "import os\nos._exit(1)  # left in from a script that stops itself"
# the spread of skill between the best and the blank trainee (a design target, see above)
ABILITY_MEAN, ABILITY_SD = 0.75, 0.12


@dataclass(frozen=True)
class SimulatedTrainee:
    person: Trainee
    correct: frozenset[str]
    profile: str


def simulate_cohort(config: CourseConfig, lesson_id: str, trainees: int, seed: int,
                    misbehaving: bool = True) -> list[SimulatedTrainee]:
    """Write `trainees` submissions of `lesson_id` into nbgrader's submitted tree; with
    `misbehaving` False, only trainees whose notebooks run to the end."""
    rng = random.Random(seed)
    release = config.release_dir(lesson_id)
    if not release.exists():
        raise FileNotFoundError(f"{lesson_id} has no release in {config.course_dir}: run `course release` first")
    source = nbformat.read(config.source_dir(lesson_id) / f"{lesson_id}.ipynb", as_version=4)
    released = nbformat.read(release / f"{lesson_id}.ipynb", as_version=4)
    mistakes = _mistakes(config, lesson_id)
    manifest = LessonInfo.load(release)
    items = list(dict.fromkeys([grade_id(cell) for cell in source.cells if is_answer(cell)]
                               + [item for item, _ in by_hand_cells(source)]))
    item_order = rng.sample(items, len(items))
    written = [item for item in item_order if item in manifest.items and manifest.items[item].manual]
    autograded = [item for item in item_order if item not in written]
    points = [manifest.items[item].points if item in manifest.items else 1 for item in autograded]
    people = _people(rng, trainees)
    cohort = []
    for index, person in enumerate(people):
        profile, skill = _profile(index, trainees, misbehaving)
        correct = frozenset(_first_worth(autograded, points, skill))
        notebook = _answer(released, source, correct, mistakes, profile, skill, rng)
        if profile != "blank":  # a written answer is right when it is the good sample answer
            correct |= {item for item in written if _sample(mistakes.get(item) or [""], skill) == 0}
        folder = config.submitted_dir(person.trainee, lesson_id)
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(release, folder)
        nbformat.write(notebook, folder / f"{lesson_id}.ipynb")
        _open_hints(folder, manifest, correct, random.Random(f"{seed}:{person.trainee}:hints"))
        write_timestamp(folder)
        cohort.append(SimulatedTrainee(Trainee(person.trainee, person.family_name, person.given_name,
                                               profile, f"{skill:.2f}"), correct, profile))
    add_to_roster(config, [t.person for t in cohort])
    return cohort


def _open_hints(folder, manifest: LessonInfo, correct: frozenset[str], rng: random.Random) -> None:
    """The hint log `hint()` would leave: trainees open hints on some of the items they get wrong
    (their own random stream, so the rest of the simulation stays as it was)."""
    opened = {item: rng.randint(1, len(info.hints)) for item, info in manifest.items.items()
              if info.hints and item not in correct and rng.random() < 0.6}
    if opened:
        (folder / HINT_LOG_NAME).write_text(json.dumps(opened), encoding="utf-8")


def by_hand_cells(notebook) -> list[tuple[str, str]]:
    """(item, source) of the cells that do in code what trainees do by hand in a widget."""
    return [(cell.metadata["course"]["by_hand"], cell.source) for cell in notebook.cells
            if cell.metadata.get("course", {}).get("by_hand")]


def is_answer(cell) -> bool:
    return cell.metadata.get("nbgrader", {}).get("solution", False)


def grade_id(cell) -> str:
    """The item an answer cell belongs to: `load_orders_answer` → `load_orders`."""
    return re.sub(r"_answer(_\d+)?$", "", cell.metadata["nbgrader"]["grade_id"])


def _first_worth(order: list[str], points: list[float], skill: float) -> list[str]:
    """The first items of `order` whose points come closest to `skill` of all the points."""
    reached = list(accumulate(points, initial=0))
    count = min(range(len(reached)), key=lambda k: abs(reached[k] - skill * reached[-1]))
    return order[:count]


def _sample(answers: list[str], skill: float) -> int:
    """Which of an item's sample written answers (the good one first) a trainee of `skill` writes."""
    return round((1 - skill) * (len(answers) - 1))


def _profile(index: int, count: int, misbehaving: bool = True) -> tuple[str, float]:
    """Trainees in falling skill: the first perfect, the rest of the regular ones at evenly
    spaced quantiles of the cohort's spread; the last three (or, honest, the last one) are special."""
    specials = [("blank", 0.0), ("kernel-crash", 0.5), ("infinite-loop", 0.9)] if misbehaving else [("blank", 0.0)]
    regular = count - len(specials)
    if index >= regular:
        return specials[index - regular]
    if index == 0:
        return "perfect", 1.0
    rank = (regular - index - 0.5) / (regular - 1)  # the best of the others at the top quantile
    skill = round(min(max(NormalDist(ABILITY_MEAN, ABILITY_SD).inv_cdf(rank), 0.05), 0.99), 2)
    return ("strong" if skill >= 0.75 else "partial" if skill >= 0.5 else "weak"), skill


def _answer(released, source, correct, mistakes, profile, skill, rng):
    notebook = nbformat.from_dict(released)
    solutions = {cell.metadata["nbgrader"]["grade_id"]: cell.source for cell in source.cells if is_answer(cell)}
    answer_cells = [cell for cell in notebook.cells if is_answer(cell)]
    for position, cell in enumerate(answer_cells):
        item = grade_id(cell)
        solution = _without_markers(solutions[cell.metadata["nbgrader"]["grade_id"]])
        if profile == "blank":
            continue
        if profile == "infinite-loop" and position == len(answer_cells) // 2 and cell.cell_type == "code":
            cell.source = STUB.sub(lambda m: NEVER_ENDS.format(indent=m["indent"]), cell.source)
        elif profile == "kernel-crash" and position == len(answer_cells) // 2 and cell.cell_type == "code":
            cell.source = solution + "\n\n" + ENDS_PYTHON
        elif cell.cell_type == "markdown":
            written = mistakes.get(item) or [solution]  # the good answer first
            cell.source = written[_sample(written, skill)]
        elif item in correct:
            cell.source = solution
        elif (mistake := _mistake(mistakes, item, rng)) is not None:
            cell.source = mistake
        # otherwise the trainee left the stub: an unanswered item
    if profile != "blank":
        for item, work in by_hand_cells(source):
            _add_widget_work(notebook, item, work if item in correct else _mistake(mistakes, item, rng))
    return notebook


def _mistake(mistakes, item, rng) -> str | None:
    return rng.choice(mistakes[item]).rstrip("\n") if mistakes.get(item) and rng.random() < 0.75 else None


def _add_widget_work(notebook, item: str, work: str | None) -> None:
    """What the trainee did in the item's widget, just before the item's check cell."""
    if work is None:
        return  # never opened the widget
    position = next((i for i, cell in enumerate(notebook.cells)
                     if cell.metadata.get("nbgrader", {}).get("grade_id") == item), len(notebook.cells))
    notebook.cells.insert(position, nbformat.v4.new_code_cell(work))


def _without_markers(source: str) -> str:
    return "\n".join(line for line in source.splitlines() if not any(m in line for m in MARKER_TEXTS))


def _mistakes(config: CourseConfig, lesson_id: str) -> dict[str, list[str]]:
    path = lesson_file(config.lessons_dir / source_id(lesson_id, config.lessons_dir)).parent / "mistakes.yml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _people(rng: random.Random, count: int) -> list[Trainee]:
    """Made-up trainees with distinct names; ids are their pinyin, numbered once names run out."""
    combinations = [(f, g) for f in FAMILY_NAMES for g in GIVEN_NAMES]
    rng.shuffle(combinations)
    people = []
    for number in range(count):
        (family, family_pinyin), (given, given_pinyin) = combinations[number % len(combinations)]
        suffix = f"-{number // len(combinations) + 1}" if number >= len(combinations) else ""
        people.append(Trainee(f"{family_pinyin}-{given_pinyin}{suffix}", family, given))
    return people
