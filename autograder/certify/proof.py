"""Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C vc-di-eddsa v1.0).

The document and the proof options are each canonicalised with RDF Dataset
Canonicalization (RDFC-1.0, pyld's URDNA2015) and hashed with SHA-256; Ed25519 signs
hash(proof options) || hash(document). Keys travel as Multikey multibase strings
(base58-btc, 'z', after the multicodec header of the key type).
"""

import hashlib
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyld import jsonld

from autograder.certify.contexts import UnknownContext, document_loader

CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_TYPE = "DataIntegrityProof"
# multicodec headers (varint): ed25519-pub 0xed, ed25519-priv 0x1300
ED25519_PUBLIC_HEADER = b"\xed\x01"
ED25519_PRIVATE_HEADER = b"\x80\x26"


class ProofError(ValueError):
    """The proof is missing, malformed or does not match the document."""


def to_multibase(data: bytes) -> str:
    return "z" + base58.b58encode(data).decode("ascii")


def from_multibase(text: str) -> bytes:
    if not isinstance(text, str) or not text.startswith("z"):
        raise ValueError("not a base58-btc multibase string (it must start with 'z')")
    return base58.b58decode(text[1:])


def public_key_multibase(key: Ed25519PublicKey) -> str:
    return to_multibase(ED25519_PUBLIC_HEADER + key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def public_key_from_multibase(text: str) -> Ed25519PublicKey:
    raw = from_multibase(text)
    if raw[:2] != ED25519_PUBLIC_HEADER or len(raw) != 34:
        raise ValueError("not an Ed25519 Multikey public key")
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def private_key_from_multibase(text: str) -> Ed25519PrivateKey:
    raw = from_multibase(text)
    if raw[:2] != ED25519_PRIVATE_HEADER or len(raw) != 34:
        raise ValueError("not an Ed25519 Multikey secret key")
    return Ed25519PrivateKey.from_private_bytes(raw[2:])


def expand(document: dict, loader=None) -> list:
    """The document's JSON-LD expanded form: what its proof covers, with every term
    resolved to its IRI (so policy read from it cannot be re-keyed around)."""
    with _json_ld_errors():
        return jsonld.expand(document, {"documentLoader": loader or document_loader()})


def canonical_nquads(document, loader=None) -> str:
    with _json_ld_errors():
        return jsonld.normalize(document, {"algorithm": "URDNA2015", "format": "application/n-quads",
                                           "documentLoader": loader or document_loader()})


@contextmanager
def _json_ld_errors():
    """pyld wraps a loader's refusal in its own errors: surface the refusal itself, and
    turn any other JSON-LD error into a ProofError naming it."""
    try:
        yield
    except jsonld.JsonLdError as error:
        cause = error
        while cause is not None:
            if isinstance(cause, UnknownContext):
                raise cause from None
            cause = cause.__cause__ or cause.__context__
        raise ProofError(f"not valid JSON-LD: {_first_line(error)}") from None


def _first_line(error: Exception) -> str:
    return str(error.args[0] if error.args else error).splitlines()[0]


def hash_data(unsecured: dict | list, options: dict, context, loader=None) -> bytes:
    """hash(canonical proof configuration) || hash(canonical document); `unsecured` may be
    the document or its expanded form."""
    config = json.dumps(dict(options, **{"@context": context}), sort_keys=True)
    return _config_hash(config, loader) + hashlib.sha256(canonical_nquads(unsecured, loader).encode()).digest()


@lru_cache(maxsize=32)
def _config_hash(config: str, loader) -> bytes:
    """Every credential of one `course certify` run has the same proof options: hash them once."""
    return hashlib.sha256(canonical_nquads(json.loads(config), loader).encode()).digest()


def proof_options(verification_method: str, created: datetime | None = None) -> dict:
    created = (created or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return {"type": PROOF_TYPE, "cryptosuite": CRYPTOSUITE, "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "verificationMethod": verification_method, "proofPurpose": "assertionMethod"}


def add_proof(document: dict, key: Ed25519PrivateKey, verification_method: str,
              created: datetime | None = None, loader=None, expanded: list | None = None) -> dict:
    """A copy of `document` secured with an embedded eddsa-rdfc-2022 proof; `expanded`, its
    expanded form when the caller has it already."""
    if "proof" in document:
        raise ValueError("the document already carries a proof")
    options = proof_options(verification_method, created)
    signature = key.sign(hash_data(document if expanded is None else expanded, options, document["@context"], loader))
    return dict(document, proof=dict(options, proofValue=to_multibase(signature)))


def split_proof(document: dict) -> tuple[dict, dict]:
    """(document without its proof, the proof's options), checking the proof's shape."""
    if not isinstance(document, dict):
        raise ProofError("not a JSON object")
    proof = document.get("proof")
    if proof is None:
        raise ProofError("no proof: the document is not signed")
    if not isinstance(proof, dict):
        raise ProofError("the proof is not a single Data Integrity proof object")
    for name, expected in (("type", PROOF_TYPE), ("cryptosuite", CRYPTOSUITE), ("proofPurpose", "assertionMethod")):
        if proof.get(name) != expected:
            raise ProofError(f"proof {name} is {proof.get(name)!r}, expected {expected!r}")
    for name in ("verificationMethod", "created", "proofValue"):
        if not isinstance(proof.get(name), str):
            raise ProofError(f"the proof has no {name}")
    if "@context" in proof:
        raise ProofError("the proof carries its own @context, which this verifier does not accept")
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    return unsecured, {k: v for k, v in proof.items() if k != "proofValue"}


def check_signature(unsecured, options: dict, proof_value: str, context, key: Ed25519PublicKey, loader=None) -> None:
    """Raise ProofError unless `proof_value` is the key's signature over the document and
    proof options; `unsecured` may be the document or its expanded form."""
    try:
        signature = from_multibase(proof_value)
    except ValueError as error:
        raise ProofError(f"proofValue is malformed: {error}") from None
    if len(signature) != 64:
        raise ProofError("proofValue is not an Ed25519 signature (64 bytes)")
    try:
        key.verify(signature, hash_data(unsecured, options, context, loader))
    except InvalidSignature:
        raise ProofError("the signature does not match: the credential was changed after signing, "
                         "or the proof was not made with the issuer's key") from None


def verify_proof(document: dict, key: Ed25519PublicKey, loader=None) -> None:
    """Check a document's embedded proof against `key` (no policy: see verify.py)."""
    unsecured, options = split_proof(document)
    check_signature(unsecured, options, document["proof"]["proofValue"], unsecured.get("@context"), key, loader)
