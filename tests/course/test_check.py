"""`check`, `expect` and `hint` as a trainee meets them, without a kernel."""

import json
import sys

import pytest

from course.check import Checker, CheckFailed, expect
from course.lesson import ItemInfo, LessonInfo


def checker(tmp_path, lang="en", hidden=2, hints=("first", "second")):
    tmp_path.mkdir(parents=True, exist_ok=True)
    lesson = LessonInfo("demo", lang, {"add": ItemInfo(points=2, hidden_checks=hidden, hints=hints)})
    return Checker(lesson, tmp_path)


def test_passing_visible_checks_never_claim_a_final_score(tmp_path, capsys):
    checker(tmp_path).check("add", expect(lambda: 1 + 2 == 3, en="sum", zh="和"))
    out = capsys.readouterr().out
    assert "1 visible checks passed" in out and "2 more hidden checks" in out
    assert "all 1 checks passed" not in out


def test_without_hidden_checks_it_says_all_passed(tmp_path, capsys):
    checker(tmp_path, hidden=0).check("add", expect(lambda: True, en="ok", zh="好"))
    assert "all 1 checks passed" in capsys.readouterr().out


def test_a_failure_shows_the_message_in_the_lesson_language_and_raises(tmp_path, capsys):
    with pytest.raises(CheckFailed) as failed:
        checker(tmp_path, lang="zh").check("add", expect(lambda: False, en="wrong sum", zh="和不对"))
    out = capsys.readouterr().out
    assert "和不对" in out and "wrong sum" not in out
    assert failed.value._render_traceback_() == [str(failed.value)]


def test_an_error_in_trainee_code_is_explained_not_thrown(tmp_path, capsys):
    def add(a, b):
        return a + undefined_name  # noqa: F821  (a typo in the trainee's code)

    with pytest.raises(CheckFailed):
        checker(tmp_path).check("add", expect(lambda: add(1, 2) == 3, en="add must add", zh="add 必须相加"))
    assert "NameError" in capsys.readouterr().out


def _stub(*args):
    raise NotImplementedError()


@pytest.mark.parametrize("condition", [lambda: _stub(1, 2) == 3, lambda: answer_not_written == 3],  # noqa: F821
                         ids=["stub-raises", "answer-missing"])
@pytest.mark.parametrize("lang, line", [("en", "not done yet"), ("zh", "还没有完成")])
def test_a_task_not_done_yet_prints_one_plain_line_and_lets_the_run_go_on(tmp_path, capsys, condition, lang, line):
    expectations = [expect(condition, en=f"check {n}", zh=f"检查 {n}") for n in range(3)]
    checker(tmp_path, lang=lang).check("add", *expectations)  # no CheckFailed: Run All goes on
    out = capsys.readouterr().out
    assert line in out and len(out.strip().splitlines()) == 1
    assert "NotImplementedError" not in out and "could not run" not in out and "无法运行" not in out


def test_a_hidden_check_still_fails_a_task_not_done(tmp_path, capsys):
    with pytest.raises(CheckFailed):
        checker(tmp_path).hidden_check("add", expect(lambda: _stub() == 3, en="sum", zh="和"))
    assert "not done yet" in capsys.readouterr().out


def test_check_by_id_reruns_the_recorded_checks(tmp_path, capsys):
    state = {"value": 0}
    runner = checker(tmp_path)
    runner.check("unknown")
    assert "no task called 'unknown'" in capsys.readouterr().out
    with pytest.raises(CheckFailed):
        runner.check("add", expect(lambda: state["value"] == 3, en="value should be 3", zh="值应为 3"))
    state["value"] = 3
    runner.check("add")
    assert "passed" in capsys.readouterr().out


def test_hints_come_one_at_a_time_and_are_recorded(tmp_path, capsys):
    runner = checker(tmp_path)
    runner.hint("add")
    runner.hint("add")
    runner.hint("add")
    out = capsys.readouterr().out
    assert out.index("Hint 1 of 2 for add: first") < out.index("Hint 2 of 2 for add: second")
    assert "seen all 2 hints" in out
    assert json.loads((tmp_path / "hints-used.json").read_text()) == {"add": 2}
    checker(tmp_path).hint("add")  # a restarted kernel remembers
    assert "seen all 2 hints" in capsys.readouterr().out


def test_a_broken_hint_log_starts_over_instead_of_crashing(tmp_path, capsys):
    (tmp_path / "hints-used.json").write_text("{not json")
    checker(tmp_path).hint("add")
    assert "Hint 1 of 2" in capsys.readouterr().out


def test_a_hint_is_shown_as_rendered_markdown_in_the_lesson_language(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(sys.modules["course.check"], "_show_recorded", lambda message, metadata: shown.append(message))
    for lang in ("en", "zh"):
        checker(tmp_path / lang, lang=lang, hints=("Repeat rows with\n`np.repeat`, then columns.",)).hint("add")
    english, chinese = shown
    assert english["text/markdown"].startswith("💡 **Hint 1 of 1 for `add`:**")
    assert "with\n`np.repeat`" in english["text/markdown"]  # markdown joins the wrapped line itself
    assert english["text/plain"].endswith("Repeat rows with `np.repeat`, then columns.")
    assert chinese["text/markdown"].startswith("💡 **`add` 的提示 1/1：**")
