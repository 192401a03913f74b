"""The theory banks: every rule of the validator, each shown by a fixture named after the
mistake, and the real banks hold enough valid bilingual questions for a level's paper."""

import math
import shutil
from collections import Counter

import pytest

from autograder.exams.bank import LEVELS, load_bank, validate_banks
from autograder.syllabus.standard import load_standard
from tests.conftest import FIXTURES

BANKS = FIXTURES / "banks"

# fixture -> (line, words the author must read there); the faulty question starts on line 11
EXPECTED = {
    "malformed-yaml": (13, "not valid YAML"),
    "not-a-list": (1, "a bank file is a YAML list of questions"),
    "missing-chinese-stem": (16, "stem has no Chinese (zh) text"),
    "missing-english-option": (19, "option B has no English (en) text"),
    "missing-explanation-translation": (18, "explain has no Chinese (zh) text"),
    "single-with-two-correct": (11, "exactly one correct option, not 2"),
    "single-with-no-correct": (11, "exactly one correct option, not 0"),
    "multiple-with-one-correct": (11, "at least two correct options, not 1"),
    "multiple-with-no-wrong-option": (11, "needs at least one wrong option"),
    "tf-answer-not-boolean": (11, "needs answer: true or answer: false"),
    "tf-with-options": (11, "a tf question has no options"),
    "unknown-work-content": (11, "unknown work content 'L5.9.1'"),
    "work-content-of-another-level": (11, "L3.2.2 is a Level 3 one, not of this Level 5 bank"),
    "level-of-another-bank": (11, "level 4 in the bank of level 5"),
    "difficulty-out-of-range": (11, "difficulty must be 1, 2 or 3, not 5"),
    "unknown-question-type": (11, "type must be one of tf, single, multiple"),
    "unknown-key": (11, "unknown key 'explanation'"),
    "duplicate-id": (11, "L5-FX-001: id used again"),
    "near-duplicate-stem": (11, "stem nearly the same as L5-FX-001"),
}


def _bank_with(tmp_path, *files):
    """A banks folder holding the given fixture files in its level 5 bank."""
    (tmp_path / "level5").mkdir(parents=True)
    for name in files:
        shutil.copy(BANKS / f"{name}.yml", tmp_path / "level5" / f"{name}.yml")
    return tmp_path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_is_reported_at_its_file_and_line(name, tmp_path):
    problems = validate_banks(_bank_with(tmp_path, name))
    line, words = EXPECTED[name]
    path = tmp_path / "level5" / f"{name}.yml"
    assert any(p.path == path and p.line == line and words in p.message for p in problems), \
        "\n".join(map(str, problems))
    assert all(str(p).startswith(f"{path}:") for p in problems)


def test_every_bank_fixture_is_covered():
    assert {p.stem for p in BANKS.glob("*.yml")} == set(EXPECTED) | {"valid"}


def test_a_valid_bank_loads_with_file_and_line(tmp_path):
    banks = _bank_with(tmp_path, "valid")
    assert validate_banks(banks) == []
    [question] = load_bank(5, banks)
    assert (question.id, question.function, question.type, question.line) == ("L5-FX-001", "L5.1", "single", 1)
    assert question.correct == ("A",) and question.options[1].zh == "一篇报纸文章"
    assert question.stem["zh"].endswith("？") and question.file.name == "valid.yml"


def test_near_duplicates_are_found_across_levels(tmp_path):
    _bank_with(tmp_path, "valid")
    (tmp_path / "level4").mkdir()
    moved = (BANKS / "near-duplicate-stem.yml").read_text(encoding="utf-8").split("\n- id:")[1]
    (tmp_path / "level4" / "copy.yml").write_text(
        ("- id:" + moved).replace("L5-FX-002", "L4-FX-002").replace("level: 5", "level: 4")
        .replace("L5.1.1", "L4.1.1"), encoding="utf-8")
    problems = validate_banks(tmp_path)
    assert [p.path.name for p in problems] == ["copy.yml", "copy.yml"]
    assert all("nearly the same as L5-FX-001" in p.message for p in problems)


def test_a_broken_bank_stops_loading_its_level(tmp_path):
    from autograder.exams.bank import BankInvalid

    with pytest.raises(BankInvalid, match="single-with-two-correct.yml:11"):
        load_bank(5, _bank_with(tmp_path, "valid", "single-with-two-correct"))


@pytest.fixture(scope="module")
def banks():
    assert validate_banks() == []
    return {level: load_bank(level) for level in LEVELS}


@pytest.mark.parametrize("level", LEVELS)
def test_each_level_can_draw_a_stratified_paper(banks, level):
    """>= 200 questions, >= 50 tf / 120 single / 25 multiple, and for every function of the
    level's theory weights enough of each type to draw the real 40 tf + 140 single + 10
    multiple paper in proportion."""
    questions = banks[level]
    types = Counter(q.type for q in questions)
    assert len(questions) >= 200
    assert types["tf"] >= 50 and types["single"] >= 140 and types["multiple"] >= 25
    have = Counter((q.function, q.type) for q in questions)
    for function, weight in load_standard().level(level).theory_weights.items():
        for kind, count in (("tf", 40), ("single", 140), ("multiple", 10)):
            assert have[(function, kind)] >= math.ceil(weight * count / 100), (function, kind)


@pytest.mark.parametrize("level", LEVELS)
def test_each_level_covers_every_work_content_ethics_and_fundamentals(banks, level):
    contents = {q.content for q in banks[level]}
    expected = {c.id for c in load_standard().level(level).contents} | {"ethics", "fundamentals"}
    assert contents == expected
    assert {q.difficulty for q in banks[level]} == {1, 2, 3}


def test_the_banks_cover_the_laws_that_bind_the_job(banks):
    stems = " ".join(q.stem["zh"] + q.explain["zh"] for level in LEVELS for q in banks[level])
    for law in ("个人信息保护法", "数据安全法", "网络安全法", "脱敏", "匿名化", "去标识化"):
        assert law in stems


def test_course_build_refuses_a_broken_bank_naming_file_and_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from autograder.cli import main
    from autograder.exams import bank

    monkeypatch.setattr(bank, "BANKS_DIR", _bank_with(tmp_path / "banks", "valid", "tf-with-options"))
    result = CliRunner().invoke(main, ["--course-dir", str(tmp_path / "course"), "--lessons-dir",
                                       str(FIXTURES / "lessons"), "build", "--no-prove", "tiny_lesson"])
    assert result.exit_code == 1
    assert "tf-with-options.yml:11: L5-FX-002: a tf question has no options" in result.output
    assert not (tmp_path / "course" / "source").exists()
