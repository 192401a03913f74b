"""What every journey step checks on the page, besides its own assertions.

- No console error and no uncaught exception from the kit's code (widgets, checks, lessons).
- No text drawn as a fallback box ("tofu"): each visible character is drawn on a canvas in
  its element's font and compared with a code point no font has (U+F0000); the same
  pixels mean the page's fonts (with the browser's fallback) do not cover it.
- No element that should fit the window (widgets, their images and canvases) larger than it.
Each step saves a full-page screenshot in test-artifacts/<test>/.
"""

import re
from pathlib import Path

FIND_BOX_GLYPHS = r"""(rootSelector) => {
  const root = document.querySelector(rootSelector) || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Map();
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!element || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    for (const ch of walker.currentNode.textContent) {
      const code = ch.codePointAt(0);
      if (code < 0x80 || /\s/u.test(ch) || /[\u200b-\u200f\ufe00-\ufe0f\u2060]/u.test(ch)) continue;
      const key = ch + '\u0000' + style.fontFamily;
      if (!seen.has(key)) seen.set(key, {ch, family: style.fontFamily,
                                         text: walker.currentNode.textContent.trim().slice(0, 60)});
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 48;
  const context = canvas.getContext('2d', {willReadFrequently: true});
  const draw = (ch, family) => {
    context.clearRect(0, 0, 48, 48);
    context.font = `32px ${family}`;
    context.textBaseline = 'top';
    context.fillText(ch, 4, 4);
    const pixels = context.getImageData(0, 0, 48, 48).data;
    let hash = 0;
    for (let i = 3; i < pixels.length; i += 4) hash = (hash * 31 + pixels[i] * (i + 1)) | 0;
    return context.measureText(ch).width.toFixed(2) + ':' + hash;
  };
  const tofu = new Map();
  const boxes = [];
  for (const {ch, family, text} of seen.values()) {
    if (!tofu.has(family)) tofu.set(family, draw('\u{F0000}', family));
    if (draw(ch, family) === tofu.get(family))
      boxes.push(`U+${ch.codePointAt(0).toString(16).toUpperCase()} ${ch} in "${text}" (font: ${family})`);
  }
  return {checked: seen.size, boxes};
}"""

FIND_OVERSIZED = r"""(selectors) => {
  const found = [];
  for (const selector of selectors)
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (!box.width) continue;
      if (box.width > window.innerWidth + 1 || box.height > window.innerHeight + 1)
        found.push(`${selector} is ${Math.round(box.width)}x${Math.round(box.height)} px in a ` +
                   `${window.innerWidth}x${window.innerHeight} window`);
    }
  return found;
}"""

# What must fit the window: the kit's widgets and the pictures inside them.
MUST_FIT = [".course-labeling", ".course-labeling img", ".course-labeling canvas", ".jp-OutputArea-output img",
            ".widget-vbox", ".course-review"]

# Console noise that is not the kit's: the browser asking for a favicon or a source map,
# JupyterLab's debugger and kernel subshell requests cancelled when a kernel restarts, and
# nbgrader's formgrader loading MathJax from a CDN that an offline machine cannot reach.
NOT_THE_KIT = re.compile(r"favicon|\.map\b|Canceled future for (debug_request|create_subshell_request)|"
                         r"Could not restore the debugger state|"
                         r"cdnjs\.cloudflare\.com/ajax/libs/mathjax|MathJax is not defined", re.I)


class PageWatch:
    def __init__(self, page, artifacts: Path):
        self.page, self.artifacts = page, artifacts
        self.errors: list[str] = []
        self.count = 0
        artifacts.mkdir(parents=True, exist_ok=True)
        page.on("console", lambda message: message.type == "error" and
                self._error(f"{message.text} ({message.location.get('url', '')})"))
        page.on("pageerror", lambda error: self._error(f"uncaught: {error}"))

    def _error(self, text: str) -> None:
        if not NOT_THE_KIT.search(text):
            self.errors.append(text)

    def step(self, name: str, *, root: str = "body", must_fit=MUST_FIT) -> Path:
        """Screenshot the step, then fail on box glyphs in `root` and oversized elements."""
        self.count += 1
        path = self.artifacts / f"{self.count:02d}-{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        glyphs = self.page.evaluate(FIND_BOX_GLYPHS, root)
        assert not glyphs["boxes"], f"step {name}: text drawn as empty boxes ({path}):\n" + "\n".join(glyphs["boxes"][:20])
        oversized = self.page.evaluate(FIND_OVERSIZED, list(must_fit))
        assert not oversized, f"step {name}: larger than the window ({path}):\n" + "\n".join(oversized)
        self.assert_no_console_errors()
        return path

    def leave(self) -> None:
        """Before the server stops: a last check, then a blank page (a stopped server is no error)."""
        self.assert_no_console_errors()
        self.page.goto("about:blank")

    def assert_no_console_errors(self) -> None:
        assert not self.errors, "browser console errors:\n" + "\n".join(self.errors[:10])
