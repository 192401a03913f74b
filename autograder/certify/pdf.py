"""The bilingual certificate as a one-page A4 PDF (fpdf2, Noto Sans CJK embedded as a
subset, so the Chinese renders anywhere), with the verification QR code (segno)."""

import io
from pathlib import Path

import segno
from fpdf import FPDF

from autograder.certify.certificate import CertificateFacts, cjk_font

INK, ACCENT, MUTED = (25, 35, 60), (150, 30, 40), (95, 100, 115)


def write_pdf(facts: CertificateFacts, path: Path) -> Path:
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(f"{facts.occupation['zh']} {facts.level_name['zh']} · {facts.candidate_name}")
    file, index = cjk_font()  # one face: each font fpdf2 embeds costs a parse of the whole collection
    pdf.add_font("cjk", "", str(file), collection_font_number=index)
    pdf.add_page()
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, 281, 194)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, 275, 188)

    def line(text, size, color=INK, gap=2.0, align="C", x=15, width=267):
        pdf.set_font("cjk", "", size)
        pdf.set_text_color(*color)
        pdf.set_x(x)
        pdf.multi_cell(width, size * 0.45, text, align=align)
        pdf.ln(gap)

    pdf.set_y(20)
    line(f"{facts.occupation['zh']}职业技能等级证书", 26, color=ACCENT, gap=1)
    line(f"Certificate of Vocational Skill Level · {facts.occupation['en']}", 14, color=ACCENT, gap=5)
    line("兹证明 · This certifies that", 11, color=MUTED, gap=1)
    line(facts.candidate_name, 30, gap=1)
    line(f"考生编号 Candidate ID: {facts.candidate_id}", 11, color=MUTED, gap=4)
    line(f"通过{facts.occupation['zh']}（职业编码 {facts.occupation['code']}）{facts.level_name['zh']}认证", 13, gap=1)
    line(f"has been certified as {facts.occupation['en']} ({facts.occupation['code']}), {facts.level_name['en']}", 12)
    scores = "    ".join(f"{label['zh']} {label['en']}: {score:.2f} / 100 (≥ {needed})"
                           for _, label, score, needed in facts.scores)
    line(scores, 11, gap=4)
    line("通过的工作内容 · Work contents passed", 11, color=MUTED, gap=1, align="L", x=22, width=190)
    for content in facts.contents:
        line(f"{content.id}  {content.zh} · {content.en}", 9.5, gap=0.3, align="L", x=24, width=190)
    pdf.set_y(172)
    valid = f"    有效期至 Valid until: {facts.valid_until}" if facts.valid_until else ""
    line(f"发证日期 Date of issue: {facts.issued}{valid}", 9.5, align="L", x=22, width=200, gap=0.5)
    line(f"发证机构 Issuer: {facts.issuer_name} ({facts.issuer_id})", 9.5, align="L", x=22, width=200, gap=0.5)
    line(f"证书编号 Credential ID: {facts.credential_id}", 9.5, align="L", x=22, width=200, gap=0.5)
    qr = io.BytesIO()
    segno.make(facts.qr_payload, error="m", micro=False).save(qr, kind="png", scale=6, border=2)
    pdf.image(qr, x=232, y=128, w=46)
    pdf.set_xy(222, 175)
    pdf.set_font("cjk", "", 8)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(66, 3.6, "扫码核验 · Scan to verify\n(course verify)", align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
