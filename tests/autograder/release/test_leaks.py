"""The release must hold no solution, hidden test, model answer or marker text; the scan
that guards it must see each of them."""

import shutil

import nbformat
import pytest

from autograder.build.pipeline import build_lesson
from autograder.lesson.source import read_lesson
from autograder.release.leaks import find_leaks, visible_text
from autograder.release.publish import ReleaseRefused, release_lesson


@pytest.fixture
def released(fixture_config):
    build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config, prove=False)
    release_lesson(read_lesson(fixture_config.lessons_dir / "tiny_lesson"), fixture_config)
    return fixture_config


def test_a_real_release_is_clean(released):
    lesson = read_lesson(released.lessons_dir / "tiny_lesson")
    folder = released.release_dir("tiny_lesson")
    assert find_leaks(folder, lesson) == []
    text = "\n".join(visible_text(p) for p in folder.iterdir())
    for secret in ("total_of_both", "add(-5, 5)", "BEGIN SOLUTION", "HIDDEN", "rubric: mentions matching"):
        assert secret not in text
    assert 'check("add"' in text and "YOUR CODE HERE" in text


@pytest.mark.parametrize("planted, what", [
    ("    total_of_both = a + b", "hidden line: total_of_both = a + b"),
    ("expect(lambda: add(-5, 5) == 0, en=\"add should work for negative numbers.\", zh=\"add 应该能处理负数。\"),",
     "hidden line: expect(lambda: add(-5, 5) == 0"),
    ("### BEGIN HIDDEN TESTS", "marker text 'BEGIN HIDDEN TESTS'"),
    ("# HIDDEN", "the word 'HIDDEN'"),
])
def test_each_kind_of_leak_is_found(released, planted, what):
    lesson = read_lesson(released.lessons_dir / "tiny_lesson")
    path = released.release_dir("tiny_lesson") / "tiny_lesson.ipynb"
    notebook = nbformat.read(path, 4)
    notebook.cells[-1].source += "\n" + planted
    nbformat.write(notebook, path)
    assert any(what in str(leak) for leak in find_leaks(path.parent, lesson))


def test_a_leaking_release_is_withdrawn(released, monkeypatch):
    lesson = read_lesson(released.lessons_dir / "tiny_lesson")
    shutil.copy(released.lessons_dir / "tiny_lesson" / "tiny_lesson.py", released.source_dir("tiny_lesson") / "notes.py")
    with pytest.raises(ReleaseRefused, match="leak"):
        release_lesson(lesson, released)
    assert not released.release_dir("tiny_lesson").exists()


def test_a_release_in_another_language_than_the_build_is_refused(fixture_config):
    build_lesson(fixture_config.lessons_dir / "tiny_lesson", fixture_config.with_(lang="zh"), prove=False)
    with pytest.raises(ReleaseRefused, match="built in 'zh', not 'en'"):
        release_lesson(read_lesson(fixture_config.lessons_dir / "tiny_lesson"), fixture_config, "en")
    assert not fixture_config.release_dir("tiny_lesson").exists()
