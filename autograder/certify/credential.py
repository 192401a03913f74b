"""The Open Badges 3.0 credential of a certified candidate (a W3C Verifiable Credential
2.0 document, unsigned: proof.py secures it): the level as the achievement, aligned to the
occupation code and the level's work contents, both papers' scores as results, and the
digest of the graded submissions as evidence."""

import base64
import uuid
from datetime import datetime, timedelta

from autograder.certify import status_list
from autograder.certify.contexts import CREDENTIALS_V2, OPEN_BADGES_V3
from autograder.certify.policy import LevelRule, Policy
from autograder.certify.rules import Decision
from autograder.syllabus.standard import Standard

SHA2_256 = b"\x12\x20"  # multihash header: sha2-256, 32 bytes


def achievement_id(policy: Policy, level: int) -> str:
    return f"{policy.issuer_url}/achievements/ai-trainer-level-{level}"


def build_credential(policy: Policy, rule: LevelRule, standard: Standard, decision: Decision,
                     candidate_name: str, digest_hex: str, status_index: int, issued: datetime) -> dict:
    occupation, level = standard.occupation, standard.level(rule.level)
    achievement = achievement_id(policy, rule.level)
    framework = f"{occupation['en']} national occupational skill standard · {occupation['zh']}国家职业技能标准"
    title = f"{occupation['en']} {level.en} · {occupation['zh']} {level.zh}"
    alignments = [{"type": ["Alignment"], "targetName": f"{occupation['en']} · {occupation['zh']}",
                   "targetCode": occupation["code"], "targetFramework": framework,
                   "targetUrl": f"{policy.issuer_url}/standard#{occupation['code']}"}]
    alignments += [{"type": ["Alignment"], "targetName": f"{c.en} · {c.zh}", "targetCode": c.id,
                    "targetFramework": framework, "targetUrl": f"{policy.issuer_url}/standard#{c.id}"}
                   for c in level.contents]
    papers = ((rule.theory_paper, "Theory paper · 理论知识考试", rule.theory, decision.theory),
              (rule.practical_paper, "Practical paper · 操作技能考核", rule.practical, decision.practical))
    credential = {
        "@context": [CREDENTIALS_V2, OPEN_BADGES_V3],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": title,
        "issuer": {"id": policy.issuer_id, "type": ["Profile"], "url": policy.issuer_url,
                   "name": f"{policy.issuer_name['en']} · {policy.issuer_name['zh']}"},
        "validFrom": _iso(issued),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "studentId", "hashed": False,
                 "identityHash": decision.trainee},
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": candidate_name}],
            "achievement": {
                "id": achievement, "type": ["Achievement"], "achievementType": "Certificate", "name": title,
                "description": f"Certified at {level.en} of the {occupation['en']} standard "
                               f"({occupation['code']}) · 通过{occupation['zh']}{level.zh}认证",
                "criteria": {"narrative": f"Theory ≥ {rule.theory:g} and practical ≥ {rule.practical:g} out of "
                                          f"100, both papers sat within {rule.window_days} days · 理论知识考试"
                                          f"≥{rule.theory:g}分且操作技能考核≥{rule.practical:g}分，"
                                          f"两场考试间隔不超过{rule.window_days}天"},
                "alignment": alignments,
                "resultDescription": [{"id": f"{achievement}#{paper}", "type": ["ResultDescription"], "name": name,
                                       "resultType": "Percent", "requiredValue": f"{needed:g}"}
                                      for paper, name, needed, _ in papers]},
            "result": [{"type": ["Result"], "resultDescription": f"{achievement}#{paper}", "value": f"{score:.2f}"}
                       for paper, _, _, score in papers]},
        "evidence": [{"type": ["Evidence"], "name": f"Graded papers {rule.theory_paper}, {rule.practical_paper}",
                      "description": "SHA-256 over both papers' scores and graded submission files · "
                                     "两份试卷成绩及评分后答卷文件的 SHA-256",
                      "digestMultibase": digest_multibase(digest_hex)}],
        "credentialStatus": status_list.entry(policy.status_list_url, status_index),
    }
    if policy.credential_valid_days:
        credential["validUntil"] = _iso(issued + timedelta(days=policy.credential_valid_days))
    return credential


def digest_multibase(digest_hex: str) -> str:
    """A SHA-256 digest as the VC data model writes it: a multibase (base64url) multihash."""
    data = SHA2_256 + bytes.fromhex(digest_hex)
    return "u" + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def digest_hex(multibase: str) -> str:
    data = base64.urlsafe_b64decode(multibase[1:] + "=" * (-len(multibase[1:]) % 4))
    return data[2:].hex()


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
