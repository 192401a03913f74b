"""The text surface of the span widget: an anywidget showing one text with its tagged
spans, reporting the characters the mouse selects and the spans clicked.

Offsets are in characters (Unicode code points, as Python counts them), so a Chinese
character is one position and an emoji is one too, although JavaScript strings count it
as two.
"""

import anywidget
import traitlets

_ESM = r"""
function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "course-item course-span-text";
  box.style.cssText = "font-size: 16px; line-height: 2.2; padding: 8px; border: 1px solid #ccc; user-select: text;";
  el.appendChild(box);
  const draw = () => {
    const chars = Array.from(model.get("text"));
    const spans = model.get("spans");
    const classes = model.get("classes"), colors = model.get("colors");
    const [selStart, selEnd] = model.get("selection");
    box.textContent = "";
    let i = 0;
    const sorted = spans.map((s, k) => ({ ...s, k })).sort((a, b) => a.start - b.start);
    const addChars = (from, to, parent) => {
      for (let j = from; j < to; j++) {
        const c = document.createElement("span");
        c.dataset.i = j;
        c.textContent = chars[j];
        if (j >= selStart && j < selEnd) c.style.background = "#ffe58f";
        parent.appendChild(c);
      }
    };
    for (const s of sorted) {
      if (s.start < i) continue;
      addChars(i, s.start, box);
      const mark = document.createElement("mark");
      const color = colors[Math.max(0, classes.indexOf(s.label)) % 10];
      mark.style.cssText = `background: ${color}33; border-bottom: 2px solid ${color}; cursor: pointer; padding: 1px 0;`;
      mark.title = s.label;
      addChars(s.start, s.end, mark);
      const tag = document.createElement("sup");
      tag.textContent = s.label;
      tag.style.cssText = `color: ${color}; font-size: 10px; margin-left: 2px;`;
      mark.appendChild(tag);
      mark.addEventListener("click", () => model.send({ op: "remove", index: s.k }));
      box.appendChild(mark);
      i = s.end;
    }
    addChars(i, chars.length, box);
  };
  const indexOf = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    const c = element && element.closest("[data-i]");
    return c && box.contains(c) ? Number(c.dataset.i) : null;
  };
  box.addEventListener("mouseup", () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    const a = indexOf(selection.anchorNode), b = indexOf(selection.focusNode);
    if (a === null || b === null) return;
    model.send({ op: "select", start: Math.min(a, b), end: Math.max(a, b) + 1 });
    selection.removeAllRanges();
  });
  for (const name of ["text", "spans", "selection"]) model.on("change:" + name, draw);
  draw();
}
export default { render };
"""


class SpanText(anywidget.AnyWidget):
    _esm = _ESM
    text = traitlets.Unicode("").tag(sync=True)
    spans = traitlets.List().tag(sync=True)
    selection = traitlets.List(traitlets.Int(), default_value=[0, 0]).tag(sync=True)  # [start, end)
    classes = traitlets.List(traitlets.Unicode()).tag(sync=True)
    colors = traitlets.List(traitlets.Unicode()).tag(sync=True)

    def __init__(self, on_select, on_remove, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(lambda _w, content, _b: self._receive(content, on_select, on_remove))

    @staticmethod
    def _receive(content, on_select, on_remove):
        if content.get("op") == "select":
            on_select(int(content["start"]), int(content["end"]))
        elif content.get("op") == "remove":
            on_remove(int(content["index"]))
