"""Offline verification of a credential against the issuer's public key document and,
when given, its revocation list: the proof, the issuer, the validity period, the status.

The proof covers the RDF dataset the JSON expands to, not the JSON text. Policy therefore
reads the expanded form (a member re-keyed to its full IRI cannot hide an expiry date or a
status entry there), and the JSON may not carry contexts of its own.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from autograder.certify import proof, status_list
from autograder.certify.contexts import SHIPPED, UnknownContext
from autograder.certify.keys import KeyProblem, assertion_keys

VC = "https://www.w3.org/2018/credentials#"
STATUS = "https://www.w3.org/ns/credentials/status#"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"


class Invalid(ValueError):
    """Why a credential does not verify, in one sentence."""


@dataclass(frozen=True)
class Verification:
    ok: bool
    reason: str
    credential: dict = field(default_factory=dict, repr=False)
    status_checked: bool = False

    @property
    def summary(self) -> str:
        """Who was certified at what, read from a credential that verified."""
        subject = self.credential.get("credentialSubject", {})
        ids = {i.get("identityType"): i.get("identityHash") for i in subject.get("identifier", [])}
        return (f"{ids.get('name', '?')} ({ids.get('studentId', '?')}): {subject.get('achievement', {}).get('name')}; "
                f"credential {self.credential.get('id')}, issued by {_issuer_id(self.credential)}")


def verify_credential(document: dict, issuer_document: dict, status_list_document: dict | None = None,
                      now: datetime | None = None) -> Verification:
    """Verify one credential; never raises for a bad credential, returns the reason."""
    try:
        status_checked = _verify(document, issuer_document, status_list_document,
                                 now or datetime.now(timezone.utc), credential=True)
    except (Invalid, proof.ProofError, KeyProblem, UnknownContext) as problem:
        return Verification(False, str(problem), document if isinstance(document, dict) else {})
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:  # fail closed on odd shapes
        return Verification(False, f"malformed document ({type(error).__name__}: {error})")
    return Verification(True, "valid" if status_checked else "valid (revocation not checked: no status list given)",
                        document, status_checked)


def verify_file(path: Path, issuer_path: Path, status_list_path: Path | None = None,
                now: datetime | None = None) -> Verification:
    try:
        document = _read_json(path, "credential")
        issuer = _read_json(issuer_path, "issuer key document")
        status = _read_json(status_list_path, "status list") if status_list_path else None
    except Invalid as problem:
        return Verification(False, str(problem))
    return verify_credential(document, issuer, status, now)


def _read_json(path: Path, what: str) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Invalid(f"cannot read the {what} {path}: {error}") from None


def _verify(document, issuer_document, status_document, now: datetime, credential: bool) -> bool:
    """Raise Invalid (or ProofError) unless `document` is genuine and in force; returns
    whether its revocation status was checked."""
    keys = assertion_keys(issuer_document)
    unsecured, options = proof.split_proof(document)
    _check_contexts(unsecured)
    method = options["verificationMethod"]
    if method not in keys:
        raise Invalid(f"signed with {method}, which is not a key of the issuer {issuer_document['id']} "
                      "(another issuer's key, or a forged proof)")
    expanded = proof.expand(unsecured)
    if len(expanded) != 1:
        raise Invalid("the document does not describe exactly one credential")
    proof.check_signature(expanded, options, document["proof"]["proofValue"], unsecured["@context"], keys[method])
    node = expanded[0]
    wanted = f"{OB}OpenBadgeCredential" if credential else f"{STATUS}BitstringStatusListCredential"
    if f"{VC}VerifiableCredential" not in node.get("@type", []) or wanted not in node.get("@type", []):
        raise Invalid(f"not a {wanted.rpartition('#')[2]}")
    issuer = _id(node, VC + "issuer")
    if issuer != issuer_document["id"]:
        raise Invalid(f"issued by {issuer}, not by {issuer_document['id']} whose key document was given")
    _check_period(node, now)
    if not credential:
        return True
    entries = node.get(VC + "credentialStatus", [])
    if status_document is None or not entries:
        return False
    list_node = _verified_status_list(status_document, issuer_document, now)
    for entry in entries:
        _check_status(entry, list_node)
    return True


def _check_period(node: dict, now: datetime) -> None:
    valid_from, valid_until = _date(node, VC + "validFrom"), _date(node, VC + "validUntil")
    if valid_from and now < valid_from:
        raise Invalid(f"not valid before {valid_from:%Y-%m-%d %H:%M} UTC")
    if valid_until and now > valid_until:
        raise Invalid(f"expired on {valid_until:%Y-%m-%d %H:%M} UTC")


def _check_contexts(document: dict) -> None:
    contexts = document.get("@context")
    if not isinstance(contexts, list) or not all(isinstance(c, str) and c in SHIPPED for c in contexts):
        raise Invalid(f"unexpected @context {contexts!r}: only {sorted(SHIPPED)} are accepted")

    def walk(value, top=False):
        if isinstance(value, dict):
            if "@context" in value and not top:
                raise Invalid("a nested @context is not accepted: it could change what the proof covers")
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(document, top=True)


# status lists whose proof verified, by digest of (list, issuer document): verifying many
# credentials against one list checks its signature once
_verified_lists: dict[str, dict] = {}


def _verified_status_list(status_document: dict, issuer_document: dict, now: datetime) -> dict:
    digest = hashlib.sha256(json.dumps([status_document, issuer_document], sort_keys=True).encode()).hexdigest()
    try:
        if digest not in _verified_lists:
            _verify(status_document, issuer_document, None, now, credential=False)
            _verified_lists.clear()  # one list at a time is what a verifier uses
            _verified_lists[digest] = proof.expand({k: v for k, v in status_document.items() if k != "proof"})[0]
        _check_period(_verified_lists[digest], now)
    except (Invalid, proof.ProofError, UnknownContext) as problem:
        raise Invalid(f"the status list does not verify: {problem}") from None
    return _verified_lists[digest]


def _check_status(entry: dict, list_node: dict) -> None:
    if f"{STATUS}BitstringStatusListEntry" not in entry.get("@type", []):
        raise Invalid(f"unsupported credentialStatus type {entry.get('@type')}")
    list_url = _id(entry, STATUS + "statusListCredential")
    if list_url != list_node.get("@id"):
        raise Invalid(f"the credential's status is kept in {list_url}, not in the status list given "
                      f"({list_node.get('@id')})")
    subject = list_node[VC + "credentialSubject"][0]
    if _value(entry, STATUS + "statusPurpose") != "revocation" or \
            _value(subject, STATUS + "statusPurpose") != "revocation":
        raise Invalid("only revocation status lists are supported")
    try:
        bits = status_list.decode(_value(subject, STATUS + "encodedList"))
        revoked = status_list.is_set(bits, int(_value(entry, STATUS + "statusListIndex")))
    except (ValueError, TypeError, OSError) as error:
        raise Invalid(f"the status list cannot be read: {error}") from None
    if revoked:
        raise Invalid(f"revoked: its bit {_value(entry, STATUS + 'statusListIndex')} is set in {list_url}")


def _value(node: dict, iri: str):
    values = node.get(iri, [])
    return values[0].get("@value") if values else None


def _id(node: dict, iri: str):
    values = node.get(iri, [])
    return values[0].get("@id") if values else None


def _date(node: dict, iri: str) -> datetime | None:
    value = _value(node, iri)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(f"{iri.rpartition('#')[2]} is not a date: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _issuer_id(document: dict):
    issuer = document.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer
