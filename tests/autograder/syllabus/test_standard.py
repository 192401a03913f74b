"""The standard's map: names in both languages, weights that add up, ids the tags rely on."""

from autograder.syllabus.standard import load_standard


def test_every_level_function_and_content_is_named_in_both_languages():
    standard = load_standard()
    assert sorted(standard.levels) == [3, 4, 5]
    contents = [c for level in standard.levels.values() for c in level.contents]
    assert len(contents) == 19
    for item in [*contents, *standard.common.values(),
                 *(f for level in standard.levels.values() for f in level.functions)]:
        assert item.en.strip() and item.zh.strip() and "," not in item.zh, item
    assert standard.content("L5.2.1").en == "Cleaning and labeling raw text, image and speech data"


def test_theory_weights_cover_each_function_and_add_up_to_100():
    standard = load_standard()
    for level in standard.levels.values():
        assert set(level.theory_weights) == {f.id for f in level.functions} | {"ethics", "fundamentals"}
        assert sum(level.theory_weights.values()) == 100
    assert standard.function_of("L3.4.2") == "L3.4" and standard.function_of("ethics") == "ethics"
