"""What a certificate shows, read from the signed credential it stands for (so the paper
and the credential cannot disagree), and the verification payload its QR code carries."""

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from autograder.syllabus.standard import load_standard
from course.messages import translations

NOTO_FOLDER = Path("/usr/share/fonts/opentype/noto")  # Debian's fonts-noto-cjk


@dataclass(frozen=True)
class CertificateFacts:
    candidate_name: str
    candidate_id: str
    level: int
    level_name: dict  # {en, zh}
    occupation: dict  # {code, en, zh}
    scores: tuple  # (paper, {en, zh} label, score out of 100, minimum)
    contents: tuple  # WorkContent passed, in the standard's order
    issued: str  # YYYY-MM-DD
    valid_until: str | None
    issuer_name: str
    issuer_id: str
    credential_id: str
    qr_payload: str


def certificate_facts(credential: dict) -> CertificateFacts:
    subject = credential["credentialSubject"]
    achievement = subject["achievement"]
    level = int(achievement["id"].rpartition("-")[2])
    standard = load_standard()
    named = standard.level(level)
    ids = {i["identityType"]: i["identityHash"] for i in subject["identifier"]}
    needed = {d["id"]: d.get("requiredValue") for d in achievement.get("resultDescription", [])}
    scores = tuple((r["resultDescription"].rpartition("#")[2],
                    translations("certificate.paper." + r["resultDescription"].rpartition("_")[2]),
                    float(r["value"]), needed.get(r["resultDescription"])) for r in subject["result"])
    codes = {a["targetCode"] for a in achievement["alignment"]}
    return CertificateFacts(
        candidate_name=ids["name"], candidate_id=ids["studentId"], level=level, level_name={"en": named.en, "zh": named.zh},
        occupation=standard.occupation, scores=scores,
        contents=tuple(c for c in named.contents if c.id in codes),
        issued=credential["validFrom"][:10], valid_until=credential.get("validUntil", "")[:10] or None,
        issuer_name=credential["issuer"]["name"], issuer_id=credential["issuer"]["id"],
        credential_id=credential["id"], qr_payload=verification_payload(credential))


def verification_payload(credential: dict) -> str:
    """What the QR code carries: enough to find the credential and to recognise it exactly
    (SHA-256 of its canonical JSON, proof included); `course verify` then checks it."""
    digest = hashlib.sha256(json.dumps(credential, sort_keys=True, ensure_ascii=False,
                                       separators=(",", ":")).encode()).hexdigest()
    subject = credential["credentialSubject"]
    candidate = next(i["identityHash"] for i in subject["identifier"] if i["identityType"] == "studentId")
    return json.dumps({"credential": credential["id"], "issuer": credential["issuer"]["id"], "candidate": candidate,
                       "achievement": subject["achievement"]["id"], "sha256": digest}, separators=(",", ":"))


def cjk_font() -> tuple[Path, int]:
    """(file, index in the collection) of Noto Sans CJK SC, which the Makefile installs."""
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{family}|%{file}|%{index}", "Noto Sans CJK SC"],
                               capture_output=True, text=True).stdout.split("|")
        if len(found) == 3 and "Noto Sans CJK SC" in found[0]:
            return Path(found[1]), int(found[2])
    known = NOTO_FOLDER / "NotoSansCJK-Regular.ttc"
    if known.exists():
        return known, 2  # the collection's Simplified Chinese face
    raise FileNotFoundError("the Noto Sans CJK font is missing: install fonts-noto-cjk (`make setup`)")
