"""Expanding credentials from their shape's template gives exactly what pyld gives, and a
shape whose values expansion changes falls back to pyld."""

from datetime import datetime, timezone

from autograder.certify import proof
from autograder.certify.credential import build_credential
from autograder.certify.expansion import ShapeExpander
from autograder.certify.policy import load_policy
from autograder.certify.rules import Decision
from autograder.config import CourseConfig
from autograder.syllabus.standard import load_standard


def credentials(level, count):
    policy = load_policy(CourseConfig())
    for n in range(count):
        decision = Decision(f"t{n:04d}", level, True, (), 60 + n % 40, 99.5 - n % 30)
        yield build_credential(policy, policy.rules[level], load_standard(), decision,
                               ["张伟", "Ada Lovelace", "O'Brien · 欧"][n % 3], f"{n:064x}", n * 7,
                               datetime(2026, 1 + n % 12, 1 + n % 28, n % 24, tzinfo=timezone.utc))


def test_templated_expansion_equals_pyld_for_every_level():
    expander = ShapeExpander()
    for level in (5, 4, 3):
        for credential in credentials(level, 12):
            assert expander.expand(credential) == proof.expand(credential)
    assert len(expander._templates) == 3 and all(t is not None for t in expander._templates.values())


def test_a_shape_whose_values_expansion_changes_is_left_to_pyld():
    # proofPurpose is a vocabulary term: "assertionMethod" expands to a security IRI
    config = dict(proof.proof_options("https://issuer.example#key"), **{"@context": ["https://www.w3.org/ns/credentials/v2"]})
    expander = ShapeExpander()
    assert expander.expand(config) == proof.expand(config)
    assert expander.expand(dict(config, created="2027-01-01T00:00:00Z")) == \
        proof.expand(dict(config, created="2027-01-01T00:00:00Z"))
    assert list(expander._templates.values()) == [None]
