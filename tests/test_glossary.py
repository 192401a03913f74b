"""One vocabulary: no lesson uses a Chinese variant that lessons/glossary.yml rules out."""

import pytest

from autograder.config import REPO
from autograder.lesson.source import find_lessons
from autograder.syllabus.glossary import load_glossary, misused_terms

LESSONS = find_lessons(REPO / "lessons")
GLOSSARY = load_glossary()


def test_glossary_is_well_formed():
    assert len({t.en for t in GLOSSARY}) == len(GLOSSARY), "an English term appears twice"
    assert len({t.zh for t in GLOSSARY}) == len(GLOSSARY), "a Chinese term appears twice"
    for term in GLOSSARY:
        assert term.en and term.zh and term.wrong, term
        # a ruled-out variant must never be part of a term the course uses
        assert not [v for v in term.wrong for t in GLOSSARY if v in t.zh], term


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_uses_the_glossary_terms(path):
    texts = [path] + [p for p in (path.parent / "mistakes.yml",) if p.exists()]
    problems = [f"{p.name} {m}" for p in texts for m in misused_terms(p.read_text(encoding="utf-8"), GLOSSARY)]
    assert not problems, "\n".join(problems)


def test_a_variant_is_found_with_its_line_and_the_term_to_use():
    found = misused_terms("# 标注规范\n# 队列里混入了控制题。", GLOSSARY)
    assert [(m.line, m.variant, m.term.zh) for m in found] == [(2, "控制题", "质检题")]
    assert "write 质检题 for 'control item'" in str(found[0])
