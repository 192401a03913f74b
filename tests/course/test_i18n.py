import re

from course.i18n import LANGUAGES, MESSAGES, text


def test_every_message_speaks_both_languages_with_the_same_blanks():
    for key, versions in MESSAGES.items():
        assert set(versions) == set(LANGUAGES), key
        assert re.search(r"[\u4e00-\u9fff]", versions["zh"]), key
        assert set(re.findall(r"{(\w+)}", versions["en"])) == set(re.findall(r"{(\w+)}", versions["zh"])), key


def test_unknown_language_falls_back_to_english():
    assert text("no_hints", "fr", item="x") == "There are no hints for x."
