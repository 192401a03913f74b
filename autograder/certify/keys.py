"""The issuer's Ed25519 key pair: created outside the repository with owner-only
permissions, and the public key document (a controlled identifier document with one
Multikey verification method) that certifiers use to verify credentials offline."""

import json
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (Encoding, NoEncryption, PrivateFormat,
                                                          load_pem_private_key)

from autograder.certify.proof import public_key_from_multibase, public_key_multibase
from autograder.config import REPO

PRIVATE_KEY = "issuer-key.pem"
PUBLIC_DOCUMENT = "issuer.json"
CID_CONTEXT = "https://www.w3.org/ns/cid/v1"


class KeyProblem(ValueError):
    """The key pair is missing, unsafe, or would be written where it must not be."""


def public_document(issuer_id: str, key: Ed25519PublicKey) -> dict:
    multibase = public_key_multibase(key)
    method = f"{issuer_id}#{multibase}"
    return {"@context": [CID_CONTEXT], "id": issuer_id,
            "verificationMethod": [{"id": method, "type": "Multikey", "controller": issuer_id,
                                    "publicKeyMultibase": multibase}],
            "assertionMethod": [method]}


def init_keys(keys_dir: Path, issuer_id: str, force: bool = False) -> dict:
    """Create the key pair in `keys_dir` (0700; files 0600) and return the public document.
    Refuses a folder inside the repository and, unless `force`, an existing key."""
    keys_dir = Path(keys_dir).expanduser().resolve()
    if keys_dir == REPO or REPO in keys_dir.parents:
        raise KeyProblem(f"{keys_dir} is inside the repository: keep the signing key outside it")
    if (keys_dir / PRIVATE_KEY).exists() and not force:
        raise KeyProblem(f"{keys_dir / PRIVATE_KEY} exists already; --force replaces it "
                         "(credentials it signed then verify only against its old public document)")
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(keys_dir, 0o700)
    key = Ed25519PrivateKey.generate()
    document = public_document(issuer_id, key.public_key())
    _write_private(keys_dir / PRIVATE_KEY, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    _write_private(keys_dir / PUBLIC_DOCUMENT, (json.dumps(document, indent=2) + "\n").encode())
    return document


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to a file that is never readable by others, not even for a moment."""
    partial = path.with_name(path.name + ".new")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.replace(partial, path)


def load_signing_key(keys_dir: Path) -> tuple[Ed25519PrivateKey, dict]:
    """The private key and its public document; refuses a key others can read."""
    keys_dir = Path(keys_dir).expanduser()
    path = keys_dir / PRIVATE_KEY
    if not path.exists():
        raise KeyProblem(f"no issuer key in {keys_dir}: run `course keys init` first")
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise KeyProblem(f"{path} is readable by other users: `chmod 600 {path}`")
    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
        document = json.loads((keys_dir / PUBLIC_DOCUMENT).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError) as error:
        raise KeyProblem(f"the key pair in {keys_dir} cannot be read: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path} is not an Ed25519 key")
    if signing_method(document, key.public_key()) is None:
        raise KeyProblem(f"{keys_dir / PUBLIC_DOCUMENT} does not list the public half of {path}")
    return key, document


def assertion_keys(document: dict) -> dict[str, Ed25519PublicKey]:
    """verification method id -> public key, for the methods the document allows to
    assert credentials."""
    if not isinstance(document, dict) or not isinstance(document.get("id"), str):
        raise KeyProblem("not an issuer key document (it needs an id and verification methods)")
    listed = [m for m in document.get("assertionMethod", []) if isinstance(m, (str, dict))]
    allowed = {m if isinstance(m, str) else m.get("id") for m in listed}
    methods = [m for m in list(document.get("verificationMethod", [])) + listed if isinstance(m, dict)]
    keys = {}
    for method in methods:
        if method.get("id") in allowed and method.get("type") == "Multikey" \
                and method.get("controller") == document["id"]:
            try:
                keys[method["id"]] = public_key_from_multibase(method.get("publicKeyMultibase"))
            except (ValueError, TypeError):
                continue
    if not keys:
        raise KeyProblem("the issuer key document has no usable Ed25519 Multikey assertion method")
    return keys


def signing_method(document: dict, public: Ed25519PublicKey) -> str | None:
    wanted = public_key_multibase(public)
    return next((method for method, key in assertion_keys(document).items()
                 if public_key_multibase(key) == wanted), None)
