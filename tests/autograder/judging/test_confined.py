"""Judging in the confined judge server: an answer that would expand, a judge held up by
an answer, a judge broken by its lesson, or a judge that looks around the disk harms only
its own submission's result, says why, and leaves the grader's memory as it was."""

import json
import resource
import time

import pytest

from autograder.engine.sandbox import bwrap_path
from autograder.judging.confined import JudgeHost
from course.answers import encode

pytestmark = pytest.mark.skipif(bwrap_path() is None, reason="bubblewrap is not installed")

JUDGES = {
    "echo": "def judge(answer, gold):\n    return Verdict(1.0 if answer['x'] == 1 else 0.0)",
    "slow": "def judge(answer, gold):\n    time.sleep(answer['seconds'])\n    return Verdict(1.0)",
    "hungry": "def judge(answer, gold):\n    bytearray(answer['n'])\n    return Verdict(1.0)",
    "gold": "def judge(answer, gold):\n    (gold / 'labels.csv').read_text()\n    return Verdict(1.0)",
    "peek": "def judge(answer, gold):\n    return Verdict(1.0 if Path(answer['path']).exists() else 0.0)",
}
HEADER = "import time\nfrom pathlib import Path\nfrom autograder.judging.rules import Verdict\n\n"
# a few hundred bytes that ask for a 4 GB array of strings (10 of 400 MB each)
EXPANDING = {"__course_type__": "ndarray", "dtype": "<U100000000", "shape": [10], "data": ["a"] * 10}


def answer_text(item: str, **values) -> str:
    return json.dumps({"item": item, "values": {k: encode(v) for k, v in values.items()}})


@pytest.fixture(scope="module")
def host(tmp_path_factory):
    folder = tmp_path_factory.mktemp("judges") / "lesson"
    (folder / "gold").mkdir(parents=True)
    for item, code in JUDGES.items():
        (folder / f"{item}.py").write_text(HEADER + code)
    judge_host = JudgeHost([folder], memory_bytes=256 << 20, timeout=3)
    yield judge_host, folder
    judge_host.close()


def judged(host, item: str, text: str):
    judge_host, folder = host
    return judge_host.judge(folder, sorted(JUDGES), {item: text}, seed=None)


def test_a_slow_judge_is_stopped_at_its_time_limit(host):
    stopped = judged(host, "slow", answer_text("slow", seconds=60)).result(timeout=30)["slow"]
    assert (stopped.status, stopped.verdict.fraction) == ("judge-error", 0)
    assert "stopped after 3s" in stopped.problem


def test_an_honest_answer_is_not_held_up_behind_a_slow_one(host):
    judge_host, folder = host
    patient = JudgeHost([folder], memory_bytes=256 << 20, timeout=20)  # the slow one runs on meanwhile
    try:
        slow = patient.judge(folder, sorted(JUDGES), {"slow": answer_text("slow", seconds=60)}, seed=None)
        honest = patient.judge(folder, sorted(JUDGES), {"echo": answer_text("echo", x=1)}, seed=None)
        assert honest.result(timeout=15)["echo"].verdict.fraction == 1
        assert not slow.done()
    finally:
        patient.close()


def test_an_expanding_answer_is_rejected_and_the_grader_does_not_grow(host):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = json.dumps({"item": "echo", "values": {"x": EXPANDING}})
    assert len(text) < 300
    rejected = judged(host, "echo", text).result(timeout=30)["echo"]
    hungry = judged(host, "hungry", answer_text("hungry", n=8 << 30)).result(timeout=30)["hungry"]
    assert (rejected.status, hungry.status) == ("answer-rejected", "answer-rejected")
    assert rejected.verdict.fraction == hungry.verdict.fraction == 0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # kB


def test_a_judge_broken_by_its_lesson_is_a_judge_error_for_the_instructor(host):
    missing_gold = judged(host, "gold", answer_text("gold", x=1)).result(timeout=30)["gold"]
    assert missing_gold.status == "judge-error" and "FileNotFoundError" in missing_gold.problem
    assert "instructor" in missing_gold.verdict.findings[0].en


def test_judges_see_no_course_directory(host, tmp_path):
    secret = tmp_path / "course" / "submitted" / "someone" / "answer.json"
    secret.parent.mkdir(parents=True)
    secret.write_text("{}")
    assert judged(host, "peek", answer_text("peek", path=str(secret))).result(timeout=30)["peek"].verdict.fraction == 0
