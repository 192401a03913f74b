"""The trainee's final labels, read from an answer file exactly as the widget replays it."""

from dataclasses import dataclass
from pathlib import Path

from course.widgets.answer_log import LineProblem, read_actions
from course.widgets.state import ItemAnswer, LabelingState, answered
from course.widgets.task import LabelTask


@dataclass(frozen=True)
class AnswerSheet:
    labels: dict            # item -> value, labeled items only
    answers: dict[str, ItemAnswer]   # item -> full answer (skipped, assist, time, annotator)
    problems: list[LineProblem]      # lines that could not be read (ignored for scoring)


def read_answer_file(path: Path | str, task: LabelTask) -> AnswerSheet:
    """Replay `path` for `task` without changing the file; a missing file is an empty sheet."""
    state = LabelingState(task)
    result = read_actions(Path(path), state.apply)
    labels = {item: answer.value for item, answer in answered(state).items()}
    return AnswerSheet(labels=labels, answers=dict(state.answers), problems=result.problems)
