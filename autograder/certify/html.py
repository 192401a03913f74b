"""The bilingual certificate as one self-contained HTML page (the QR code inlined as SVG)."""

from html import escape
from pathlib import Path

import segno

from autograder.certify.certificate import CertificateFacts

STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif; color: #19233c;
       background: #f4f1ea; margin: 0; }
main { max-width: 960px; margin: 2rem auto; background: #fff; border: 6px double #962028; padding: 2rem 3rem; }
h1 { color: #962028; text-align: center; margin: 0; font-size: 2rem; }
.en { color: #5f6473; }
.title-en { text-align: center; color: #962028; margin: .2rem 0 1.5rem; }
.name { font-size: 2.4rem; font-weight: bold; text-align: center; margin: .3rem 0; }
.center { text-align: center; }
table { border-collapse: collapse; margin: 1rem auto; }
td, th { padding: .3rem .8rem; border-bottom: 1px solid #ddd; text-align: left; }
footer { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 1.5rem; }
footer p { margin: .2rem 0; font-size: .9rem; }
"""


def write_html(facts: CertificateFacts, path: Path) -> Path:
    e = escape
    occupation, level = facts.occupation, facts.level_name
    scores = "".join(f"<tr><td>{e(label['zh'])} <span class=en>{e(label['en'])}</span></td>"
                     f"<td>{score:.2f} / 100</td><td class=en>≥ {e(str(needed))}</td></tr>"
                     for _, label, score, needed in facts.scores)
    contents = "".join(f"<li><code>{e(c.id)}</code> {e(c.zh)} <span class=en>· {e(c.en)}</span></li>"
                       for c in facts.contents)
    valid = f"<p>有效期至 <span class=en>Valid until</span>: {e(facts.valid_until)}</p>" if facts.valid_until else ""
    qr = segno.make(facts.qr_payload, error="m", micro=False).svg_inline(scale=3, title="verification payload")
    page = f"""<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<title>{e(occupation['zh'])} {e(level['zh'])} · {e(facts.candidate_name)}</title>
<style>{STYLE}</style></head>
<body><main>
<h1>{e(occupation['zh'])}职业技能等级证书</h1>
<p class=title-en>Certificate of Vocational Skill Level · {e(occupation['en'])}</p>
<p class="center en">兹证明 · This certifies that</p>
<p class=name>{e(facts.candidate_name)}</p>
<p class="center en">考生编号 Candidate ID: {e(facts.candidate_id)}</p>
<p class=center>通过{e(occupation['zh'])}（职业编码 {e(occupation['code'])}）{e(level['zh'])}认证<br>
<span class=en>has been certified as {e(occupation['en'])} ({e(occupation['code'])}), {e(level['en'])}</span></p>
<table>{scores}</table>
<h2>通过的工作内容 <span class=en>· Work contents passed</span></h2>
<ul>{contents}</ul>
<footer><div>
<p>发证日期 <span class=en>Date of issue</span>: {e(facts.issued)}</p>{valid}
<p>发证机构 <span class=en>Issuer</span>: {e(facts.issuer_name)} ({e(facts.issuer_id)})</p>
<p>证书编号 <span class=en>Credential ID</span>: {e(facts.credential_id)}</p>
</div><figure>{qr}<figcaption class="center en">扫码核验 · Scan to verify</figcaption></figure></footer>
</main></body></html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
