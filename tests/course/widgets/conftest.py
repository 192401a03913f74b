"""A small session factory with a controllable clock, for the widget tests."""

import pytest

from course.widgets.session import LabelingSession
from course.widgets.task import LabelTask


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def answer_file(tmp_path):
    return tmp_path / "reviews.labels.jsonl"


@pytest.fixture
def open_session(answer_file, clock):
    """open_session(kind="class", classes=..., items=..., **options) -> LabelingSession on `answer_file`."""
    opened = []

    def make(kind="class", classes=("pos", "neg", "neu"), items=("r1", "r2", "r3", "r4"), **options):
        options.setdefault("lang", "en")
        options.setdefault("annotator", "amy")
        session = LabelingSession(answer_file, LabelTask(kind, tuple(classes), tuple(items)), clock=clock, **options)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.close()
