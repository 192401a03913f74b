"""`course certify`: decide every candidate's certification at each level, issue a signed
credential to each candidate who passes, revoke the ones that no longer hold, and keep the
revocation list and the credential files current. Running it again changes nothing unless
a paper was graded again."""

import json
import os
import secrets
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import create_engine, text

from autograder.certify import proof, status_list
from autograder.certify.credential import build_credential
from autograder.certify.expansion import ShapeExpander
from autograder.certify.keys import KeyProblem, load_signing_key, signing_method
from autograder.certify.policy import load_policy
from autograder.certify.rules import Decision, decide, explain
from autograder.certify.scores import paper_results, submissions_digest
from autograder.certify.store import CertificationBook, Issued
from autograder.config import CourseConfig
from autograder.grading.roster import read_roster
from autograder.syllabus.standard import load_standard

PARALLEL_FROM = 200  # credentials to sign before it pays to start worker processes


@dataclass
class CertifyRun:
    counts: dict = field(default_factory=dict)  # decision -> candidates
    issued: list = field(default_factory=list)  # credential ids
    revoked: list = field(default_factory=list)  # (credential id, reason)
    credentials_dir: Path | None = None
    wall_time: float = 0.0
    signing_time: float = 0.0  # of wall_time, spent signing new credentials


def credentials_dir(config: CourseConfig) -> Path:
    return config.course_dir / "credentials"


def status_list_path(config: CourseConfig) -> Path:
    return credentials_dir(config) / "status-list.json"


def credential_path(config: CourseConfig, trainee: str, level: int) -> Path:
    return credentials_dir(config) / f"level{level}" / f"{trainee}.json"


def certify(config: CourseConfig, levels: list[int] | None = None, cohort: str | None = None,
            now: datetime | None = None, workers: int | None = None) -> CertifyRun:
    started = time.perf_counter()
    policy = load_policy(config)
    key, key_document = load_signing_key(config.keys_dir)
    if key_document["id"] != policy.issuer_id:
        raise KeyProblem(f"the key in {config.keys_dir} belongs to {key_document['id']}, but "
                         f"{config.certification_file} names the issuer {policy.issuer_id}")
    method = signing_method(key_document, key.public_key())
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    stamp = now.isoformat()
    unknown = sorted(set(levels or []) - set(policy.rules))
    if unknown:
        raise ValueError(f"no certification rules for level {unknown[0]} in {config.certification_file}")
    members = _cohort_members(config, cohort)
    if config.db_url is None and not (config.course_dir / "gradebook.db").exists():
        raise ValueError(f"no gradebook in {config.course_dir}: grade the exam papers first")
    book = CertificationBook(config.gradebook_url)
    run = CertifyRun(credentials_dir=credentials_dir(config))
    try:
        previous, active, used = book.decisions(), book.active_credentials(), book.used_indices()
        names = _candidate_names(config)
        rows, unsigned, fingerprints = [], [], {}
        standard = load_standard()
        for level in levels or sorted(policy.rules):
            rule = policy.rules[level]
            results = paper_results(config, rule)
            trainees = set(results) | {t for (t, lv) in previous if lv == level}
            for trainee in sorted(trainees if members is None else trainees & members):
                papers = results.get(trainee, {})
                decision = decide(rule, trainee, papers.get(rule.theory_paper), papers.get(rule.practical_paper))
                current, before = active.get((trainee, level)), previous.get((trainee, level), {})
                digest = submissions_digest(config, trainee, papers) if decision.certified else None
                outcome, credential_id, revoke = settle(decision, digest, current, before)
                if revoke:
                    run.revoked.append((current.credential_id, revoke))
                if outcome == "certified" and credential_id is None:
                    index = _free_index(used)
                    credential = build_credential(policy, rule, standard, decision, names.get(trainee, trainee),
                                                  digest, index, now)
                    unsigned.append(credential)
                    fingerprints[credential["id"]] = Issued(credential["id"], trainee, level, index, digest)
                    credential_id = credential["id"]
                row = dict(trainee_id=trainee, level=level, decision=outcome,
                           reasons=json.dumps(decision.reasons, ensure_ascii=False),
                           theory_score=_rounded(decision.theory), practical_score=_rounded(decision.practical),
                           credential_id=credential_id)
                run.counts[outcome] = run.counts.get(outcome, 0) + 1
                if {k: before.get(k) for k in row} != row:  # only what changed gets a new decided_at
                    rows.append(dict(row, decided_at=stamp))
        signing = time.perf_counter()
        signed = sign_all(unsigned, key, method, now, workers)
        run.signing_time = time.perf_counter() - signing
        book.save(rows, [(fingerprints[c["id"]], c, stamp) for c in signed], run.revoked, stamp)
        run.issued = [c["id"] for c in signed]
        _write_files(config, [(fingerprints[c["id"]], c) for c in signed], book, policy, key, method,
                     key_document, now, bool(run.revoked))
    finally:
        book.close()
    run.wall_time = time.perf_counter() - started
    return run


def settle(decision: Decision, digest: str | None, current: Issued | None, before: dict) -> tuple:
    """(decision, credential id it rests on or None when a new credential is due, why the
    current credential must be revoked or None), from the rules' verdict and the records."""
    if decision.certified:
        if current and current.fingerprint == digest:
            return "certified", current.credential_id, None
        return "certified", None, "superseded: a paper was graded again" if current else None
    if current:
        return "revoked", current.credential_id, f"no longer certified: {explain(decision.reasons)}"
    if before.get("decision") == "revoked":
        return "revoked", before.get("credential_id"), None
    return "not-certified", None, None


def _rounded(score: float | None) -> float | None:
    return None if score is None else round(score, 2)


def _free_index(used: set[int]) -> int:
    """A random unused bit: positions in the list say nothing about order of issue."""
    if len(used) >= status_list.MINIMUM_BITS:
        raise ValueError("the status list is full; start a new one")
    while (index := secrets.randbelow(status_list.MINIMUM_BITS)) in used:
        pass
    used.add(index)
    return index


def _cohort_members(config: CourseConfig, cohort: str | None) -> set[str] | None:
    if cohort is None:
        return None
    members = {t.trainee for t in read_roster(config).values() if getattr(t, "cohort", "") == cohort}
    if not members:
        raise ValueError(f"no trainee of cohort {cohort!r} in the roster")
    return members


def _candidate_names(config: CourseConfig) -> dict[str, str]:
    engine = create_engine(config.gradebook_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, first_name, last_name FROM student")).all()
    finally:
        engine.dispose()
    return {trainee: display_name(last or "", first or "") or trainee for trainee, first, last in rows}


def display_name(family: str, given: str) -> str:
    """张伟 for Chinese names (family name first, no space), Ada Lovelace for Latin ones."""
    if (family + given).isascii():
        return f"{given} {family}".strip()
    return f"{family}{given}"


def sign_all(credentials: list[dict], key: Ed25519PrivateKey, method: str, now: datetime,
             workers: int | None = None) -> list[dict]:
    """Sign every credential, on worker processes when there are many (canonicalisation is
    pure-Python CPU work)."""
    workers = workers or os.cpu_count() or 1
    if len(credentials) < PARALLEL_FROM or workers == 1:
        expander = ShapeExpander()
        return [proof.add_proof(c, key, method, now, expanded=expander.expand(c)) for c in credentials]
    secret = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    chunk = max(1, len(credentials) // (workers * 4))
    with ProcessPoolExecutor(workers, initializer=_load_worker_key, initargs=(secret, method, now)) as pool:
        return list(pool.map(_sign_in_worker, credentials, chunksize=chunk))


_worker: dict = {}


def _load_worker_key(secret: bytes, method: str, now: datetime) -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    _worker.update(key=load_pem_private_key(secret, password=None), method=method, now=now, expander=ShapeExpander())


def _sign_in_worker(credential: dict) -> dict:
    return proof.add_proof(credential, _worker["key"], _worker["method"], _worker["now"],
                           expanded=_worker["expander"].expand(credential))


def _write_files(config, signed, book, policy, key, method, key_document, now, revoked_any) -> None:
    """The new credentials, the issuer's public key document and, when it changed, the
    signed revocation list, under <course dir>/credentials/."""
    folder = credentials_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    for issued, credential in signed:
        _write_json(credential_path(config, issued.trainee_id, issued.level), credential, indent=None)
    _write_json(folder / "issuer.json", key_document)
    path = status_list_path(config)
    if revoked_any or not path.exists():
        document = status_list.status_list_credential(policy.status_list_url, policy.issuer_id,
                                                      book.revoked_indices(), now)
        _write_json(path, proof.add_proof(document, key, method, now))


def _write_json(path: Path, document: dict, indent: int | None = 2) -> None:
    """Write atomically; credentials compact (json's fast C encoder takes no indent)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
    partial.replace(path)
