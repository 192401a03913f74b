"""Verification fails, with its reason, for every tampered copy, forged or missing proof,
other issuer's key, revoked or expired credential; a genuine one passes."""

import copy
import json
from datetime import datetime, timedelta, timezone

import pytest

from autograder.certify import proof
from autograder.certify.certify import certify, credential_path, status_list_path
from autograder.certify.keys import init_keys, public_document
from autograder.certify.verify import verify_credential
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@pytest.fixture
def issued(cohort):
    """(credential of t01, issuer key document, status list, config) after certifying the cohort."""
    certify(cohort, levels=[3])
    read = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
    return (read(credential_path(cohort, "t01", 3)), read(cohort.keys_dir / "issuer.json"),
            read(status_list_path(cohort)), cohort)


def leaves(value, path=()):
    """Every (path, value) of a JSON document's scalar members."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, path + (index,))
    else:
        yield path, value


def edited(document, path, value):
    copied = copy.deepcopy(document)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copied


def test_a_genuine_credential_verifies_with_its_status_checked(issued):
    credential, issuer, status, _ = issued
    result = verify_credential(credential, issuer, status)
    assert result.ok and result.status_checked and result.reason == "valid"
    assert "张伟 (t01)" in result.summary


def test_every_edited_member_fails(issued):
    """Each scalar of the credential, changed alone, breaks the proof: nothing in it is unsigned."""
    credential, issuer, status, _ = issued
    paths = [p for p, v in leaves(credential) if p[0] != "proof" and isinstance(v, (str, bool, int, float))]
    assert len(paths) > 50
    for path in paths:
        value = dict(leaves(credential))[path]
        changed = not value if isinstance(value, bool) else (value + 1 if isinstance(value, (int, float))
                                                              else value[:-1] + ("X" if value[-1:] != "X" else "Y"))
        result = verify_credential(edited(credential, path, changed), issuer, status)
        assert not result.ok, f"editing {path} went unnoticed"
        assert result.reason, path


def test_an_edited_score_and_name_fail_because_the_signature_no_longer_matches(issued):
    credential, issuer, status, _ = issued
    score = edited(credential, ("credentialSubject", "result", 1, "value"), "99.00")
    name = edited(credential, ("credentialSubject", "identifier", 1, "identityHash"), "李娜")
    for forged in (score, name):
        result = verify_credential(forged, issuer, status)
        assert not result.ok and "signature does not match" in result.reason


def test_missing_and_forged_proofs_fail(issued):
    credential, issuer, status, _ = issued
    unsigned = {k: v for k, v in credential.items() if k != "proof"}
    assert verify_credential(unsigned, issuer, status).reason == "no proof: the document is not signed"
    random_signature = proof.to_multibase(Ed25519PrivateKey.generate().sign(b"anything"))
    forged = edited(credential, ("proof", "proofValue"), random_signature)
    assert "signature does not match" in verify_credential(forged, issuer, status).reason
    garbage = edited(credential, ("proof", "proofValue"), "not multibase")
    assert "proofValue is malformed" in verify_credential(garbage, issuer, status).reason


def test_another_issuers_key_fails(issued, tmp_path):
    credential, issuer, status, _ = issued
    other = init_keys(tmp_path / "other", issuer["id"])  # same name, different key
    assert "not a key of the issuer" in verify_credential(credential, other, status).reason
    # a forger who signs with their own key under the genuine issuer's method id
    forger = Ed25519PrivateKey.generate()
    unsecured = {k: v for k, v in credential.items() if k != "proof"}
    resigned = proof.add_proof(unsecured, forger, credential["proof"]["verificationMethod"])
    assert "signature does not match" in verify_credential(resigned, issuer, status).reason
    # a forger who publishes their own key document under the same issuer id still cannot pass
    # the genuine one's check; and a credential naming another issuer fails against this one
    stranger = public_document("https://forger.example/issuer", forger.public_key())
    assert not verify_credential(credential, stranger, status).ok


def test_a_revoked_credential_fails_even_with_its_status_entry_hidden(issued):
    credential, issuer, _, config = issued
    from tests.autograder.certify.conftest import PRACTICAL, SAT
    from tests.autograder.certify.exam_gradebook import grade
    grade(config, "t01", PRACTICAL, 10, SAT, name=("张", "伟"))
    certify(config, levels=[3])
    status = json.loads(status_list_path(config).read_text(encoding="utf-8"))
    result = verify_credential(credential, issuer, status)
    assert not result.ok and result.reason.startswith("revoked")
    # re-keying credentialStatus to its full IRI keeps the same signed data but hides the key
    # from a reader of the JSON; the verifier reads the expanded form and still sees it
    hidden = {("https://www.w3.org/2018/credentials#credentialStatus" if k == "credentialStatus" else k): v
              for k, v in credential.items()}
    result = verify_credential(hidden, issuer, status)
    assert not result.ok and result.reason.startswith("revoked")
    old_status = edited(status, ("credentialSubject", "encodedList"), "u" + "A" * 40)
    assert "status list does not verify" in verify_credential(credential, issuer, old_status).reason


def test_an_expired_credential_fails(cohort):
    certify(cohort, levels=[3], now=datetime.now(timezone.utc) - timedelta(days=4 * 365))
    credential = json.loads(credential_path(cohort, "t01", 3).read_text(encoding="utf-8"))
    issuer = json.loads((cohort.keys_dir / "issuer.json").read_text(encoding="utf-8"))
    result = verify_credential(credential, issuer)
    assert not result.ok and result.reason.startswith("expired on")


def test_contexts_of_its_own_are_refused(issued):
    credential, issuer, status, _ = issued
    inline = edited(credential, ("@context",), credential["@context"] + [{"extra": "https://example.org/x"}])
    assert "unexpected @context" in verify_credential(inline, issuer, status).reason
    nested = edited(credential, ("credentialSubject", "@context"), {"name": "https://example.org/name"})
    assert "nested @context" in verify_credential(nested, issuer, status).reason
    remote = edited(credential, ("@context", 1), "https://example.org/context.json")
    assert not verify_credential(remote, issuer, status).ok


def test_documents_of_the_wrong_shape_fail_closed(issued):
    credential, issuer, status, _ = issued
    assert not verify_credential([credential], issuer, status).ok
    assert "not an issuer key document" in verify_credential(credential, {"keys": []}, status).reason
    odd_issuer = dict(issuer, verificationMethod=["not a method"], assertionMethod=[None, 3])
    assert "no usable Ed25519 Multikey" in verify_credential(credential, odd_issuer, status).reason
    assert not verify_credential(edited(credential, ("proof",), [credential["proof"]]), issuer, status).ok
    assert not verify_credential(edited(credential, ("credentialSubject",), 42), issuer, status).ok
