from course.lesson import lesson_language


def test_language_comes_from_the_lesson_manifest(tmp_path):
    assert lesson_language(tmp_path) == "en"
    (tmp_path / "lesson.json").write_text('{"lesson": "l5", "lang": "zh", "items": {}}', encoding="utf-8")
    assert lesson_language(tmp_path) == "zh"
    (tmp_path / "lesson.json").write_text("{not json", encoding="utf-8")
    assert lesson_language(tmp_path) == "en"
