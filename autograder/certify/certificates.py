"""`course certificates`: a PDF and an HTML certificate for every candidate who holds a
current (unrevoked) credential, under <course dir>/certificates/level<N>/."""

from pathlib import Path

from autograder.certify.certificate import certificate_facts
from autograder.certify.html import write_html
from autograder.certify.store import CertificationBook
from autograder.config import CourseConfig


def certificates_dir(config: CourseConfig) -> Path:
    return config.course_dir / "certificates"


def write_certificates(config: CourseConfig, level: int | None = None, trainees: tuple[str, ...] = ()) -> list[Path]:
    from autograder.certify.pdf import write_pdf  # fpdf takes a while to import; `course verify` needs none of it

    book = CertificationBook(config.gradebook_url)
    try:
        credentials = book.documents(level=level)
    finally:
        book.close()
    written = []
    for credential in credentials:
        facts = certificate_facts(credential)
        if trainees and facts.candidate_id not in trainees:
            continue
        stem = certificates_dir(config) / f"level{facts.level}" / facts.candidate_id
        written += [write_pdf(facts, stem.with_suffix(".pdf")), write_html(facts, stem.with_suffix(".html"))]
    return written
