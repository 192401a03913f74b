"""The eddsa-rdfc-2022 implementation reproduces the W3C vc-di-eddsa test vectors
(fixtures/vc-di-eddsa-rdfc-2022.json, copied from the specification's repository)."""

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from autograder.certify import proof
from autograder.certify.contexts import UnknownContext, document_loader

FIXTURES = Path(__file__).parent / "fixtures"
VECTORS = json.loads((FIXTURES / "vc-di-eddsa-rdfc-2022.json").read_text(encoding="utf-8"))
EXAMPLES = {"https://www.w3.org/ns/credentials/examples/v2":
            json.loads((FIXTURES / "credentials-examples-v2.jsonld").read_text(encoding="utf-8"))}
LOADER = document_loader(EXAMPLES)


def test_keys_decode_to_the_published_pair():
    private = proof.private_key_from_multibase(VECTORS["keyPair"]["privateKeyMultibase"])
    assert proof.public_key_multibase(private.public_key()) == VECTORS["keyPair"]["publicKeyMultibase"]


def test_canonical_forms_and_hashes_match():
    document = VECTORS["unsigned"]
    assert proof.canonical_nquads(document, LOADER) == VECTORS["canonicalDocument"]
    assert proof.canonical_nquads(VECTORS["proofConfig"], LOADER) == VECTORS["canonicalProofConfig"]
    options = {k: v for k, v in VECTORS["proofConfig"].items() if k != "@context"}
    combined = proof.hash_data(document, options, document["@context"], LOADER)
    assert combined.hex() == VECTORS["combinedHashHex"]
    assert hashlib.sha256(VECTORS["canonicalDocument"].encode()).hexdigest() == VECTORS["documentHashHex"]


def test_signing_reproduces_the_published_proof():
    private = proof.private_key_from_multibase(VECTORS["keyPair"]["privateKeyMultibase"])
    config = VECTORS["proofConfig"]
    created = datetime.fromisoformat(config["created"].replace("Z", "+00:00"))
    signed = proof.add_proof(VECTORS["unsigned"], private, config["verificationMethod"], created, LOADER)
    assert proof.from_multibase(signed["proof"]["proofValue"]).hex() == VECTORS["signatureHex"]
    assert signed == VECTORS["signed"]


def test_the_published_credential_verifies_and_an_edit_does_not():
    public = proof.public_key_from_multibase(VECTORS["keyPair"]["publicKeyMultibase"])
    proof.verify_proof(VECTORS["signed"], public, LOADER)
    edited = json.loads(json.dumps(VECTORS["signed"]))
    edited["credentialSubject"]["alumniOf"] = "The School of Forgeries"
    with pytest.raises(proof.ProofError, match="does not match"):
        proof.verify_proof(edited, public, LOADER)


def test_a_context_not_shipped_is_refused_not_fetched():
    with pytest.raises(UnknownContext, match="never fetched"):
        proof.canonical_nquads(VECTORS["unsigned"], document_loader())
