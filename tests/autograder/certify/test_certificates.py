"""Certificates, PDF and HTML, for exactly the certified candidates; read back from the PDF
by text extraction and by rendering the page (poppler), Chinese included."""

import json
import subprocess

from click.testing import CliRunner
from PIL import Image

from autograder.certify.certificate import verification_payload
from autograder.certify.certify import certify, credential_path
from autograder.cli import main


def dark(image) -> int:
    """Pixels darker than mid-grey in a greyscale image."""
    return sum(image.histogram()[:128])


def test_certificates_show_the_candidate_scores_contents_and_a_verification_qr(cohort, tmp_path):
    certify(cohort, levels=[3])
    result = CliRunner().invoke(main, ["--course-dir", str(cohort.course_dir), "certificates", "--level", "3"])
    assert result.exit_code == 0, result.output
    folder = cohort.course_dir / "certificates" / "level3"
    assert sorted(p.name for p in folder.iterdir()) == ["t01.html", "t01.pdf", "t02.html", "t02.pdf"]
    credential = json.loads(credential_path(cohort, "t01", 3).read_text(encoding="utf-8"))

    text = subprocess.run(["pdftotext", "-layout", str(folder / "t01.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("张伟", "t01", "人工智能训练师职业技能等级证书", "三级/高级工", "Level 3 (advanced)", "4-04-05-05",
                     "80.00 / 100", "70.00 / 100", "L3.2.2", "算法测试", "Algorithm testing",
                     credential["id"], credential["validFrom"][:10], "人工智能训练师课程"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(folder / "t01.pdf")], capture_output=True, text=True, check=True).stdout
    assert "NotoSansCJKSC" in fonts and " yes yes yes " in fonts  # embedded, subset, with a Unicode map

    subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(folder / "t01.pdf"), str(tmp_path / "page")],
                   check=True)
    page = Image.open(tmp_path / "page.png").convert("L")
    width, height = page.size
    assert width > height  # landscape A4
    name_band = page.crop((int(width * 0.35), int(height * 0.2), int(width * 0.65), int(height * 0.3)))
    assert dark(name_band) > 50  # the name is drawn, not left blank
    qr_corner = page.crop((int(width * 0.75), int(height * 0.6), int(width * 0.95), int(height * 0.85)))
    assert 0.25 < dark(qr_corner) / (qr_corner.width * qr_corner.height) < 0.75

    html = (folder / "t01.html").read_text(encoding="utf-8")
    assert "张伟" in html and "80.00 / 100" in html and "<svg" in html and credential["id"] in html
    assert "Lovelace" in (folder / "t02.html").read_text(encoding="utf-8")
    payload = json.loads(verification_payload(credential))
    assert payload["credential"] == credential["id"] and payload["candidate"] == "t01" and len(payload["sha256"]) == 64
