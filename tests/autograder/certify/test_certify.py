"""`course certify` on a real nbgrader gradebook: decisions exactly by the rules, credentials
only for those who pass, idempotent runs, and re-grading that revokes."""

import json
from datetime import timedelta

import pytest

from autograder.certify.certify import certify, credential_path, status_list_path
from autograder.certify.store import CertificationBook
from autograder.certify.verify import verify_file
from autograder.grading.roster import Trainee, write_roster
from tests.autograder.certify.conftest import PRACTICAL, SAT, THEORY
from tests.autograder.certify.exam_gradebook import grade_many


def decisions(config):
    book = CertificationBook(config.gradebook_url)
    try:
        return book.decisions()
    finally:
        book.close()


def verify(config, trainee):
    return verify_file(credential_path(config, trainee, 3), config.keys_dir / "issuer.json",
                       status_list_path(config))


def test_credentials_go_exactly_to_candidates_who_pass_and_each_verifies(cohort):
    run = certify(cohort, levels=[3])
    rows = decisions(cohort)
    assert {t for (t, _), r in rows.items() if r["decision"] == "certified"} == {"t01", "t02"}
    assert {t for (t, _), r in rows.items() if r["decision"] == "not-certified"} == {"t03", "t04", "t05"}
    assert len(run.issued) == 2
    assert sorted(p.stem for p in (cohort.course_dir / "credentials" / "level3").glob("*.json")) == ["t01", "t02"]
    for trainee in ("t01", "t02"):
        result = verify(cohort, trainee)
        assert result.ok and result.status_checked, result.reason
    failed = {r["rule"]: r for r in json.loads(rows[("t03", 3)]["reasons"]) if not r["passed"]}
    assert failed == {"minimum": {"rule": "minimum", "paper": THEORY, "score": 59.5, "needed": 60.0, "passed": False}}
    assert {r["rule"] for r in json.loads(rows[("t04", 3)]["reasons"]) if not r["passed"]} == {"sat"}
    assert rows[("t01", 3)]["theory_score"] == 80.0 and rows[("t01", 3)]["practical_score"] == 70.0
    credential = json.loads(credential_path(cohort, "t01", 3).read_text(encoding="utf-8"))
    assert "张伟" in json.dumps(credential, ensure_ascii=False)
    codes = [a["targetCode"] for a in credential["credentialSubject"]["achievement"]["alignment"]]
    assert codes[0] == "4-04-05-05" and "L3.2.2" in codes


def test_pending_manual_grading_and_papers_sat_too_far_apart_do_not_certify(course):
    grade_many(course, [("t10", THEORY, 90, SAT, ("", ""), False), ("t10", PRACTICAL, 90, SAT, ("", ""), True),
                        ("t11", THEORY, 90, SAT - timedelta(days=400), ("", ""), False),
                        ("t11", PRACTICAL, 90, SAT, ("", ""), False)])
    certify(course, levels=[3])
    rows = decisions(course)
    assert rows[("t10", 3)]["decision"] == rows[("t11", 3)]["decision"] == "not-certified"
    assert [r["rule"] for r in json.loads(rows[("t10", 3)]["reasons"]) if not r["passed"]] == ["graded"]
    assert [r["rule"] for r in json.loads(rows[("t11", 3)]["reasons"]) if not r["passed"]] == ["window"]


def test_a_second_run_changes_nothing(cohort):
    first = certify(cohort, levels=[3])
    before = decisions(cohort)
    second = certify(cohort, levels=[3])
    assert first.issued and second.issued == [] and second.revoked == []
    assert decisions(cohort) == before


def test_regrading_revokes_a_certificate_that_no_longer_holds_and_certifies_a_new_pass(cohort):
    certify(cohort, levels=[3])
    revoked_id = decisions(cohort)[("t01", 3)]["credential_id"]
    grade_many(cohort, [("t01", PRACTICAL, 40, SAT, ("张", "伟"), False), ("t03", THEORY, 75, SAT, ("李", "娜"), False)])
    run = certify(cohort, levels=[3])
    rows = decisions(cohort)
    assert rows[("t01", 3)]["decision"] == "revoked" and rows[("t01", 3)]["credential_id"] == revoked_id
    assert [r for r in run.revoked if r[0] == revoked_id]
    result = verify(cohort, "t01")
    assert not result.ok and result.reason.startswith("revoked"), result.reason
    assert rows[("t03", 3)]["decision"] == "certified" and verify(cohort, "t03").ok
    assert verify(cohort, "t02").ok  # untouched credentials stay valid under the new list


def test_cohort_limits_certification_to_its_trainees(cohort):
    write_roster(cohort, [Trainee("t01", "张", "伟", cohort="2026-spring"),
                          Trainee("t02", "Lovelace", "Ada", cohort="2026-autumn")])
    run = certify(cohort, levels=[3], cohort="2026-spring")
    assert set(decisions(cohort)) == {("t01", 3)} and len(run.issued) == 1
    with pytest.raises(ValueError, match="no trainee of cohort"):
        certify(cohort, levels=[3], cohort="nobody")
