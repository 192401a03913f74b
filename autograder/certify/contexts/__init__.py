"""The JSON-LD contexts credentials use, read from this folder: signing and verifying
never fetch anything (see NOTICE.md for where each document comes from)."""

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
SHIPPED = {CREDENTIALS_V2: "credentials-v2.jsonld", OPEN_BADGES_V3: "ob-v3p0-context-3.0.3.jsonld"}


class UnknownContext(ValueError):
    """A document names a context this kit does not ship; it is never fetched."""


@cache
def _shipped(url: str) -> dict:
    return json.loads((FOLDER / SHIPPED[url]).read_text(encoding="utf-8"))


def document_loader(extra: dict[str, dict] | None = None):
    """A pyld document loader that answers from the shipped contexts (and `extra`, for
    test vectors) and refuses every other URL instead of going to the network."""
    extra = extra or {}

    def load(url: str, options=None) -> dict:
        if url in extra:  # untagged: pyld keeps it for this call only
            return {"contextUrl": None, "documentUrl": url, "document": extra[url]}
        if url not in SHIPPED:
            raise UnknownContext(f"unknown JSON-LD context {url!r} (contexts are never fetched)")
        # tag "static": a shipped document never changes, so pyld may keep it resolved across calls
        return {"contextUrl": None, "documentUrl": url, "document": _shipped(url), "tag": "static"}

    return load
