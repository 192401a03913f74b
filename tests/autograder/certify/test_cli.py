"""`course keys init`, `course certify` and `course verify` as an instructor and a certifier
run them: owner-only key files outside the repository, exit codes and one-line reasons."""

import json
import stat

from click.testing import CliRunner

from autograder.certify.certify import credential_path
from autograder.cli import main
from autograder.config import REPO


def run(config, *args):
    return CliRunner().invoke(main, ["--course-dir", str(config.course_dir), *args],
                              env={"COURSE_KEYS_DIR": str(config.keys_dir)})


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_keys_init_writes_owner_only_files_and_prints_the_public_document(tmp_path):
    folder = tmp_path / "config" / "keys"
    result = CliRunner().invoke(main, ["keys", "init", "--keys-dir", str(folder), "--issuer", "did:web:course.example"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["id"] == "did:web:course.example"
    method = document["verificationMethod"][0]
    assert method["type"] == "Multikey" and method["publicKeyMultibase"].startswith("z6Mk")
    assert document["assertionMethod"] == [method["id"]]
    assert mode(folder) == 0o700
    assert {p.name: mode(p) for p in folder.iterdir()} == {"issuer-key.pem": 0o600, "issuer.json": 0o600}
    assert "PRIVATE" not in result.output
    again = CliRunner().invoke(main, ["keys", "init", "--keys-dir", str(folder)])
    assert again.exit_code == 1 and "exists already" in again.output


def test_keys_init_refuses_a_folder_inside_the_repository():
    result = CliRunner().invoke(main, ["keys", "init", "--keys-dir", str(REPO / "build" / "keys")])
    assert result.exit_code == 1 and "inside the repository" in result.output
    assert not (REPO / "build" / "keys").exists()


def test_certify_refuses_a_signing_key_others_can_read(cohort):
    (cohort.keys_dir / "issuer-key.pem").chmod(0o644)
    result = run(cohort, "certify")
    assert result.exit_code == 1 and "readable by other users" in result.output


def test_certify_then_verify_a_genuine_and_a_tampered_credential(cohort, tmp_path):
    result = run(cohort, "certify", "--level", "3")
    assert result.exit_code == 0, result.output
    assert "2 certified, 3 not-certified; issued 2 credential(s)" in result.output
    genuine = credential_path(cohort, "t01", 3)
    checked = run(cohort, "verify", str(genuine))
    assert checked.exit_code == 0 and checked.output.startswith("VALID") and "张伟" in checked.output
    tampered = json.loads(genuine.read_text(encoding="utf-8"))
    tampered["credentialSubject"]["result"][0]["value"] = "100.00"
    copy = tmp_path / "tampered.json"
    copy.write_text(json.dumps(tampered, ensure_ascii=False), encoding="utf-8")
    refused = run(cohort, "verify", str(genuine), str(copy), "--issuer-key", str(cohort.keys_dir / "issuer.json"))
    assert refused.exit_code == 1
    assert f"INVALID {copy}: the signature does not match" in refused.output
    assert "1 of 2 credential(s) failed" in refused.output
    assert run(cohort, "certify", "--level", "3").output.startswith("2 certified, 3 not-certified; issued 0")
