"""`course paper …`: bad input gets one clear line and a non-zero exit, and changes nothing."""

from click.testing import CliRunner

from autograder.cli import main


def _course(tmp_path, *args):
    return CliRunner().invoke(main, ["--course-dir", str(tmp_path / "course"), "paper", *args])


def test_an_unknown_paper_is_named(tmp_path):
    result = _course(tmp_path, "build", "exam_l2_theory")
    assert result.exit_code == 1 and "unknown paper exam_l2_theory" in result.output
    assert not (tmp_path / "course" / "source").exists()


def test_a_close_before_the_open_is_refused(tmp_path):
    result = _course(tmp_path, "schedule", "exam_l3_theory", "--opens", "2026-12-01T10:00", "--closes", "2026-12-01T09:00")
    assert result.exit_code == 1 and "not after the open time" in result.output
    assert not (tmp_path / "course" / "exam_schedule.json").exists()


def test_a_schedule_is_kept_in_utc(tmp_path):
    result = _course(tmp_path, "schedule", "exam_l3_theory", "--opens", "2026-12-01T09:00+08:00",
                     "--closes", "2026-12-01T10:30+08:00")
    assert result.exit_code == 0
    assert "opens 2026-12-01T01:00:00+00:00 and closes 2026-12-01T02:30:00+00:00" in result.output


def test_simulating_an_unreleased_paper_says_what_to_do(tmp_path):
    assert _course(tmp_path, "build", "exam_l3_theory", "--no-prove").exit_code == 0
    result = _course(tmp_path, "simulate", "exam_l3_theory")
    assert result.exit_code == 1 and "course paper release" in result.output
