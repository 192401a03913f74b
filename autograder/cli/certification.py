"""Certification commands: keys, certify, verify, certificates."""

import json
from pathlib import Path

import click

from autograder.certify.certify import certify as certify_candidates
from autograder.certify.certify import credentials_dir, status_list_path
from autograder.certify.certificates import certificates_dir, write_certificates
from autograder.certify.keys import PUBLIC_DOCUMENT, KeyProblem, init_keys
from autograder.certify.policy import load_policy
from autograder.certify.verify import verify_file
from autograder.cli.app import fail, main
from autograder.config import CourseConfig

LEVEL = click.IntRange(3, 5)


@main.group()
def keys():
    """The issuer's Ed25519 signing key, kept outside the repository."""


@keys.command("init")
@click.option("--keys-dir", type=click.Path(path_type=Path), envvar="COURSE_KEYS_DIR",
              help="Where to keep the key pair [default: ~/.config/ai-trainer-course/keys].")
@click.option("--issuer", help="The issuer's id (URL or DID) [default: from exams/certification.yml].")
@click.option("--force", is_flag=True, help="Replace an existing key pair.")
@click.pass_obj
def keys_init(config: CourseConfig, keys_dir, issuer, force):
    """Create the key pair (folder 0700, files 0600) and print the public key document to publish."""
    folder = keys_dir or config.keys_dir
    try:
        document = init_keys(folder, issuer or load_policy(config).issuer_id, force)
    except (KeyProblem, ValueError) as problem:
        fail(str(problem))
    click.echo(json.dumps(document, indent=2))
    click.echo(f"\nkey pair in {Path(folder).expanduser()}; publish the document above at {document['id']} "
               "so that certifiers can verify credentials with `course verify --issuer-key`", err=True)


@keys.command("show")
@click.pass_obj
def keys_show(config: CourseConfig):
    """Print the public key document."""
    path = Path(config.keys_dir).expanduser() / PUBLIC_DOCUMENT
    if not path.exists():
        fail(f"no issuer key in {config.keys_dir}: run `course keys init` first")
    click.echo(path.read_text(encoding="utf-8"), nl=False)


@main.command()
@click.option("--level", type=LEVEL, help="Only this level [default: every level with rules].")
@click.option("--cohort", help="Only the trainees of this cohort (from the roster).")
@click.pass_obj
def certify(config: CourseConfig, level, cohort):
    """Apply each level's rules to the exam papers' scores, record every decision with its reasons,
    issue signed credentials to those who pass and revoke those that no longer hold."""
    try:
        run = certify_candidates(config, [level] if level else None, cohort)
    except (KeyProblem, ValueError) as problem:
        fail(str(problem))
    counts = ", ".join(f"{n} {decision}" for decision, n in sorted(run.counts.items())) or "no candidates"
    click.echo(f"{counts}; issued {len(run.issued)} credential(s), revoked {len(run.revoked)}, "
               f"in {run.wall_time:.1f}s")
    for credential_id, reason in run.revoked:
        click.echo(f"  revoked {credential_id}: {reason}")
    click.echo(f"credentials: {run.credentials_dir}\nrevocation list: {status_list_path(config)}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--issuer-key", "issuer_key", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="The issuer's public key document [default: the course's, or the local key's].")
@click.option("--status-list", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="The issuer's revocation list [default: the course's, when there is one].")
@click.pass_obj
def verify(config: CourseConfig, files, issuer_key, status_list):
    """Check credentials offline: each proof against the issuer's key, the validity period and,
    with a status list, that it is not revoked. Exits non-zero, with each reason, if any fails."""
    issuer_key = issuer_key or _first_existing(credentials_dir(config) / PUBLIC_DOCUMENT,
                                               Path(config.keys_dir).expanduser() / PUBLIC_DOCUMENT)
    if issuer_key is None:
        fail("no issuer key document: pass --issuer-key PUBLIC_DOC")
    status_list = status_list or _first_existing(status_list_path(config))
    invalid = 0
    for file in files:
        result = verify_file(file, issuer_key, status_list)
        if result.ok:
            click.echo(f"VALID {file}: {result.summary}")
        else:
            invalid += 1
            click.secho(f"INVALID {file}: {result.reason}", fg="red", err=True)
    if status_list is None:
        click.secho("  revocation not checked: pass --status-list FILE", fg="yellow", err=True)
    if invalid:
        fail(f"{invalid} of {len(files)} credential(s) failed verification")


def _first_existing(*paths: Path) -> Path | None:
    return next((p for p in paths if p.exists()), None)


@main.command()
@click.argument("trainees", nargs=-1)
@click.option("--level", type=LEVEL, help="Only this level.")
@click.pass_obj
def certificates(config: CourseConfig, trainees, level):
    """Write each certified candidate's bilingual certificate as PDF and HTML, with a QR code
    carrying the verification payload."""
    try:
        written = write_certificates(config, level, tuple(trainees))
    except FileNotFoundError as problem:
        fail(str(problem))
    if not written:
        fail("no current credential to print: run `course certify` first")
    click.echo(f"{len(written) // 2} certificate(s), PDF and HTML, in {certificates_dir(config)}")
