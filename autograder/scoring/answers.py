"""The trainee's final labels, read from an answer file exactly as the widget replays it."""

import tempfile
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


def read_answer_text(text: str, task: LabelTask) -> AnswerSheet:
    """The same, for an answer file's content as a judge receives it from `submit`."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "answers.labels.jsonl"
        path.write_text(text, encoding="utf-8")
        return read_answer_file(path, task)


def read_answer_file(path: Path | str, task: LabelTask) -> AnswerSheet:
    """Replay `path` for `task` without changing the file; a missing file is an empty sheet."""
    state = LabelingState(task)
    result = read_actions(Path(path), state.apply)
    labels = {item: answer.value for item, answer in answered(state).items()}
    return AnswerSheet(labels=labels, answers=dict(state.answers), problems=result.problems)
