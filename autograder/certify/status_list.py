"""Revocation by a W3C Bitstring Status List v1.0: one bit per issued credential, set when
it is revoked, published as a BitstringStatusListCredential signed like the credentials."""

import base64
import gzip
from datetime import datetime

from autograder.certify.contexts import CREDENTIALS_V2

MINIMUM_BITS = 131_072  # the specification's minimum length: 16 KiB, so a list hides who is on it


def encode(revoked: set[int], size: int = MINIMUM_BITS) -> str:
    """Multibase base64url (no padding, prefix 'u') of the GZIP-compressed bitstring; bit 0 is
    the first (most significant) bit of the first byte."""
    bits = bytearray(size // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def decode(encoded: str) -> bytes:
    if not isinstance(encoded, str) or not encoded.startswith("u"):
        raise ValueError("encodedList is not multibase base64url (it must start with 'u')")
    data = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    if len(bits) * 8 < MINIMUM_BITS:
        raise ValueError(f"the status list has {len(bits) * 8} bits, fewer than the {MINIMUM_BITS} required")
    return bits


def is_set(bits: bytes, index: int) -> bool:
    if not 0 <= index < len(bits) * 8:
        raise ValueError(f"status index {index} is outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def entry(list_url: str, index: int) -> dict:
    """The credentialStatus of the credential at bit `index`."""
    return {"id": f"{list_url}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
            "statusListIndex": str(index), "statusListCredential": list_url}


def status_list_credential(list_url: str, issuer_id: str, revoked: set[int], issued: datetime) -> dict:
    return {"@context": [CREDENTIALS_V2], "id": list_url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": issuer_id, "validFrom": issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "credentialSubject": {"id": f"{list_url}#list", "type": "BitstringStatusList",
                                  "statusPurpose": "revocation", "encodedList": encode(revoked)}}
