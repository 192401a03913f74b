import re

from course.widgets.messages import MESSAGES, lesson_language, text


def test_every_widget_message_speaks_both_languages_with_the_same_blanks():
    for key, versions in MESSAGES.items():
        assert set(versions) == {"en", "zh"}, key
        assert re.search(r"[\u4e00-\u9fff]", versions["zh"]), key
        assert set(re.findall(r"{(\w+)}", versions["en"])) == set(re.findall(r"{(\w+)}", versions["zh"])), key


def test_unknown_language_falls_back_to_english():
    assert text("skip", "fr") == "Skip"


def test_language_comes_from_the_lesson_manifest(tmp_path):
    assert lesson_language(tmp_path) == "en"
    (tmp_path / "lesson.json").write_text('{"lesson": "l5", "lang": "zh", "items": {}}', encoding="utf-8")
    assert lesson_language(tmp_path) == "zh"
    (tmp_path / "lesson.json").write_text("{not json", encoding="utf-8")
    assert lesson_language(tmp_path) == "en"
