"""Run a lesson's judges on the answers one graded notebook submitted.

Judges are instructor code written in the lesson source and built into
<course dir>/judges/<lesson>/<item>.py, beside the gold data they read. They run on
decoded plain data, nothing from the trainee's kernel but values, in a confined child
process per submission (see `autograder.judging.confined`). Code the judges of a lesson
share (its `judge_helpers` cell) is built into helpers/judge_helpers.py, a folder below the
judges so it is never taken for one, and its names are given to every judge.

Who is at fault decides the outcome: an answer the decoder refuses (too large, or it
would expand) is `answer-rejected`; an answer of the wrong shape earns 0 as before; a judge
that fails for the lesson's own reasons (a missing gold file, a bug) is `judge-error`,
shown to the instructor and graded again on the next run.
"""

import importlib.util
import inspect
import traceback
from dataclasses import dataclass
from pathlib import Path

from autograder.grading.outcome import ANSWER_REJECTED, JUDGE_ERROR
from autograder.judging.rules import Finding, Verdict
from course.answers import RejectedAnswer, decode_answer_file
from course.messages import translations

HELPERS_FILE = Path("helpers") / "judge_helpers.py"  # below <course dir>/judges/<lesson>/
# what a judge raises when the lesson, not the answer, is wrong
LESSON_FAULTS = (OSError, ImportError, NameError, SyntaxError, NotImplementedError, RecursionError)


@dataclass(frozen=True)
class Judgement:
    item: str
    verdict: Verdict
    problem: str = ""  # for instructors: why the answer could not be judged
    status: str = ""  # ANSWER_REJECTED or JUDGE_ERROR when the item could not be judged fairly


def load_judges(judges_dir: Path) -> dict:
    """item → its judge function, from the built judge modules, each given the public names
    of the lesson's judge helpers (loaded once, so the judges share what they compute)."""
    judges_dir = Path(judges_dir)
    helpers_path = judges_dir / HELPERS_FILE
    shared = _public_names(_load_module(f"course_judge_helpers_{judges_dir.name}", helpers_path)) \
        if helpers_path.is_file() else {}
    judges = {}
    for path in sorted(judges_dir.glob("*.py")):
        judges[path.stem] = _load_module(f"course_judge_{judges_dir.name}_{path.stem}", path, shared).judge
    return judges


def _load_module(name: str, path: Path, names: dict | None = None):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(names or {})
    spec.loader.exec_module(module)
    return module


def _public_names(module) -> dict:
    """What `from module import *` would bind."""
    names = getattr(module, "__all__", None) or [name for name in vars(module) if not name.startswith("_")]
    return {name: getattr(module, name) for name in names}


def judge_texts(judges: dict, answers: dict[str, str], gold_dir: Path, seed: int | None = None) -> dict[str, Judgement]:
    """Each judged item's judgement, from the text of its answer file (absent: no answer)."""
    return {item: judge_one(item, judge, answers.get(item), gold_dir, seed) for item, judge in judges.items()}


def judge_one(item: str, judge, text: str | None, gold_dir: Path, seed: int | None = None) -> Judgement:
    if text is None:
        return _zero(item, "judging.no_answer", "no answer recorded")
    try:
        answer = decode_answer_file(text, item)
    except (RejectedAnswer, MemoryError) as error:
        return _zero(item, "judging.too_large",
                     f"answer rejected: {error or 'it needs more memory than judges may use'}", ANSWER_REJECTED)
    except Exception as error:  # a torn or hand-made file, or a model skops will not load: never a crash
        return _zero(item, "judging.unreadable", f"unreadable answer: {error}")
    try:
        # a judge of a per-trainee variant takes the trainee's seed as its third argument
        verdict = judge(answer, gold_dir, seed) if _takes_seed(judge) else judge(answer, gold_dir)
    except MemoryError:
        return _zero(item, "judging.too_large", "answer rejected: judging it ran out of memory", ANSWER_REJECTED)
    except LESSON_FAULTS as error:
        return _zero(item, "judging.not_judged",
                     f"the judge failed: {type(error).__name__}: {error}{_where_in_judge(error, judge)}", JUDGE_ERROR)
    except Exception as error:  # the answer had an unexpected shape; it earns nothing, the cohort goes on
        return _zero(item, "judging.wrong_form",
                     f"judge raised {type(error).__name__}: {error}{_where_in_judge(error, judge)}")
    if not isinstance(verdict, Verdict):
        return _zero(item, "judging.not_judged", f"the judge returned {type(verdict).__name__}, not a Verdict", JUDGE_ERROR)
    return Judgement(item, verdict)


def judge_failed(items, problem: str) -> dict[str, Judgement]:
    """Every item a judge-error: the confined judging process itself did not finish."""
    return {item: _zero(item, "judging.not_judged", problem, JUDGE_ERROR) for item in items}


def _takes_seed(judge) -> bool:
    return len(inspect.signature(judge).parameters) >= 3


def _zero(item: str, message: str, problem: str, status: str = "") -> Judgement:
    """No points, and the catalog's `message` to the trainee in both languages."""
    return Judgement(item, Verdict(0.0, (Finding(False, **translations(message)),)), problem, status)


def _where_in_judge(error: Exception, judge) -> str:
    """' (judge line N)' or ' (judge helpers line N)': the last line of the judge's own module
    or of its lesson's helpers the error passed through, so an author can find it in the
    lesson source (autograder/release/proof_reasons.py)."""
    module_file = inspect.getsourcefile(judge)
    modules = {module_file: "judge", str(Path(module_file).parent / HELPERS_FILE): "judge helpers"}
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename in modules]
    return f" ({modules[frames[-1].filename]} line {frames[-1].lineno})" if frames else ""
