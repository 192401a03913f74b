"""The decision rules and how a decision meets the records, without a gradebook."""

from datetime import datetime, timedelta, timezone

from autograder.certify.certify import settle
from autograder.certify.policy import LevelRule
from autograder.certify.rules import PaperResult, decide, explain
from autograder.certify.store import Issued

RULE = LevelRule(4, theory=60, practical=70, window_days=30)
DAY = datetime(2026, 5, 1, tzinfo=timezone.utc)


def papers(theory, practical, apart_days=0, pending=0):
    return (PaperResult("exam_l4_theory", theory, DAY, 0),
            PaperResult("exam_l4_practical", practical, DAY + timedelta(days=apart_days), pending))


def test_each_paper_needs_its_own_minimum():
    assert decide(RULE, "a", *papers(60, 70)).certified
    assert not decide(RULE, "a", *papers(59.99, 100)).certified
    failed = decide(RULE, "a", *papers(95, 69.5))
    assert not failed.certified and explain(failed.reasons) == "exam_l4_practical scored 69.5, needs 70"


def test_missing_paper_pending_grading_and_window():
    missing = decide(RULE, "a", papers(90, 90)[0], None)
    assert explain(missing.reasons) == "exam_l4_practical not sat"
    assert explain(decide(RULE, "a", *papers(90, 90, pending=2)).reasons) == \
        "exam_l4_practical: 2 item(s) await manual grading"
    assert decide(RULE, "a", *papers(90, 90, apart_days=30)).certified
    assert explain(decide(RULE, "a", *papers(90, 90, apart_days=31)).reasons) == \
        "papers sat 31.0 days apart, at most 30 allowed"


def test_settle_keeps_supersedes_revokes_and_remembers_revocations():
    passed, failed = decide(RULE, "a", *papers(80, 80)), decide(RULE, "a", *papers(10, 80))
    held = Issued("urn:uuid:1", "a", 4, 7, "digest-1")
    assert settle(passed, "digest-1", held, {}) == ("certified", "urn:uuid:1", None)
    assert settle(passed, "digest-2", held, {}) == ("certified", None, "superseded: a paper was graded again")
    assert settle(passed, "digest-1", None, {}) == ("certified", None, None)
    decision, credential, reason = settle(failed, None, held, {})
    assert (decision, credential) == ("revoked", "urn:uuid:1") and "exam_l4_theory scored 10" in reason
    assert settle(failed, None, None, {"decision": "revoked", "credential_id": "urn:uuid:1"}) == \
        ("revoked", "urn:uuid:1", None)
    assert settle(failed, None, None, {}) == ("not-certified", None, None)
