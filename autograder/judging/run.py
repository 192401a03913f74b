"""Run a lesson's judges on the answers one graded notebook submitted.

Judges are instructor code written in the lesson source and built into
<course dir>/judges/<lesson>/<item>.py, beside the gold data they read. They run here, in
the grader's process, on decoded plain data: nothing from the trainee's kernel but values.
"""

import importlib.util
import inspect
import traceback
from dataclasses import dataclass
from pathlib import Path

from autograder.judging.rules import Finding, Verdict
from course.answers import read_answer

NO_ANSWER = Finding(False, "No answer was recorded for this task: its check cell did not run to the end.",
                    "没有记录到该任务的答案：它的检查单元格没有运行完。")


@dataclass(frozen=True)
class Judgement:
    item: str
    verdict: Verdict
    problem: str = ""  # for instructors: why the answer could not be judged


def load_judges(judges_dir: Path) -> dict:
    """item → its judge function, from the built judge modules."""
    judges = {}
    for path in sorted(Path(judges_dir).glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"course_judge_{judges_dir.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        judges[path.stem] = module.judge
    return judges


def judge_answers(judges: dict, answers_folder: Path, gold_dir: Path, seed: int | None = None) -> dict[str, Judgement]:
    return {item: judge_one(item, judge, answers_folder, gold_dir, seed) for item, judge in judges.items()}


def judge_one(item: str, judge, answers_folder: Path, gold_dir: Path, seed: int | None = None) -> Judgement:
    try:
        answer = read_answer(answers_folder, item)
    except Exception as error:  # a torn or hand-made file, or a model skops will not load: never a crash
        return _zero(item, "Your answer could not be read as plain data.", "无法把你的答案读取为普通数据。",
                     f"unreadable answer: {error}")
    if answer is None:
        return Judgement(item, Verdict(0.0, (NO_ANSWER,)), "no answer recorded")
    try:
        # a judge of a per-trainee variant takes the trainee's seed as its third argument
        verdict = judge(answer, gold_dir, seed) if _takes_seed(judge) else judge(answer, gold_dir)
    except Exception as error:  # the answer had an unexpected shape; it earns nothing, the cohort goes on
        return _zero(item, "Your answer is not in the form this task asks for.", "你的答案不符合该任务要求的形式。",
                     f"judge raised {type(error).__name__}: {error}{_where_in_judge(error, judge)}")
    if not isinstance(verdict, Verdict):
        raise TypeError(f"the judge of {item} returned {type(verdict).__name__}, not a Verdict")
    return Judgement(item, verdict)


def _takes_seed(judge) -> bool:
    return len(inspect.signature(judge).parameters) >= 3


def _zero(item: str, en: str, zh: str, problem: str) -> Judgement:
    return Judgement(item, Verdict(0.0, (Finding(False, en, zh),)), problem)


def _where_in_judge(error: Exception, judge) -> str:
    """' (judge line N)': the last line of the judge's own module the error passed through,
    so an author can find it in the lesson source (autograder/release/proof_reasons.py)."""
    module_file = inspect.getsourcefile(judge)
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == module_file]
    return f" (judge line {lines[-1]})" if lines else ""
