"""The drawing surface of the box widget: an anywidget with a small hand-written canvas
front end (no npm build; the JavaScript ships as this string).

Python owns the boxes: the browser draws a preview while the mouse is down and sends the
finished box list (`{"op": "boxes"}`) or a selection (`{"op": "select"}`) on mouse up;
Python records it and sets `boxes` back. Coordinates are image pixels; `zoom` is only how
large the image is shown.
"""

import base64

import anywidget
import traitlets

_ESM = r"""
const HANDLE = 8;
function render({ model, el }) {
  const frame = document.createElement("div");
  // the frame hugs the image at its zoom (no empty half-frame) and scrolls past 820 x 620
  frame.className = "course-box-frame";
  frame.style.cssText = "display: inline-block; max-width: min(820px, 100%); max-height: 620px; " +
    "overflow: auto; border: 1px solid #ccc; line-height: 0;";
  const canvas = document.createElement("canvas");
  canvas.className = "course-box-canvas";
  canvas.style.cssText = "cursor: crosshair; image-rendering: pixelated;";
  frame.appendChild(canvas);
  el.appendChild(frame);
  const ctx = canvas.getContext("2d");
  const picture = new Image();
  let boxes = [];
  let drag = null;  // {mode: draw|move|resize, index, x0, y0, start}

  const zoom = () => model.get("zoom");
  const color = (label) => model.get("colors")[Math.max(0, model.get("classes").indexOf(label)) % 10];
  const toImage = (event) => {
    const r = canvas.getBoundingClientRect();
    const clamp = (v, hi) => Math.min(Math.max(v, 0), hi);
    return [clamp((event.clientX - r.left) / zoom(), model.get("width")),
            clamp((event.clientY - r.top) / zoom(), model.get("height"))];
  };
  const draw = () => {
    const z = zoom();
    canvas.width = Math.round(model.get("width") * z);
    canvas.height = Math.round(model.get("height") * z);
    ctx.imageSmoothingEnabled = false;
    if (picture.complete) ctx.drawImage(picture, 0, 0, canvas.width, canvas.height);
    boxes.forEach((b, i) => {
      const selected = i === model.get("selected");
      ctx.strokeStyle = color(b.label);
      ctx.lineWidth = selected ? 3 : 2;
      ctx.strokeRect(b.x * z, b.y * z, b.w * z, b.h * z);
      ctx.fillStyle = color(b.label);
      ctx.font = "12px sans-serif";
      ctx.fillText(b.label, b.x * z + 2, Math.max(12, b.y * z - 3));
      if (selected) ctx.fillRect((b.x + b.w) * z - HANDLE / 2, (b.y + b.h) * z - HANDLE / 2, HANDLE, HANDLE);
    });
  };
  const hit = ([x, y]) => {
    const tolerance = HANDLE / zoom();
    for (let i = boxes.length - 1; i >= 0; i--) {
      const b = boxes[i];
      if (Math.abs(x - (b.x + b.w)) <= tolerance && Math.abs(y - (b.y + b.h)) <= tolerance) return { mode: "resize", index: i };
    }
    for (let i = boxes.length - 1; i >= 0; i--) {
      const b = boxes[i];
      if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return { mode: "move", index: i };
    }
    return { mode: "draw", index: -1 };
  };
  const load = () => {
    boxes = model.get("boxes").map((b) => ({ ...b }));
    picture.src = model.get("src");
  };
  picture.onload = draw;

  canvas.addEventListener("mousedown", (event) => {
    event.preventDefault();
    const point = toImage(event);
    const target = hit(point);
    drag = { ...target, start: point, original: target.index >= 0 ? { ...boxes[target.index] } : null };
    if (target.mode === "draw") {
      boxes.push({ x: point[0], y: point[1], w: 0, h: 0, label: model.get("current_class") });
      drag.index = boxes.length - 1;
    }
  });
  const onMove = (event) => {
    if (!drag) return;
    const [x, y] = toImage(event);
    const b = boxes[drag.index];
    const [x0, y0] = drag.start;
    if (drag.mode === "draw") {
      Object.assign(b, { x: Math.min(x0, x), y: Math.min(y0, y), w: Math.abs(x - x0), h: Math.abs(y - y0) });
    } else if (drag.mode === "move") {
      const o = drag.original;
      b.x = Math.min(Math.max(o.x + x - x0, 0), model.get("width") - o.w);
      b.y = Math.min(Math.max(o.y + y - y0, 0), model.get("height") - o.h);
    } else {
      b.w = Math.max(1, x - b.x);
      b.h = Math.max(1, y - b.y);
    }
    draw();
  };
  const finish = () => {
    if (!drag) return;
    const { mode, index, original } = drag;
    drag = null;
    const b = boxes[index];
    const round = (v) => Math.round(v * 10) / 10;
    Object.assign(b, { x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) });
    const unchanged = original && ["x", "y", "w", "h"].every((k) => Math.abs(b[k] - original[k]) < 0.5);
    if (mode === "draw" && (b.w < 2 || b.h < 2)) {   // a click, not a drag: select nothing
      boxes.pop();
      model.send({ op: "select", index: -1 });
    } else if (unchanged) {
      if (original) Object.assign(b, original);
      model.send({ op: "select", index });
    } else {
      model.send({ op: "boxes", boxes, selected: index });
    }
    draw();
  };
  window.addEventListener("mousemove", onMove);
  window.addEventListener("mouseup", finish);
  for (const name of ["boxes", "selected", "zoom", "classes"]) model.on("change:" + name, () => { load(); draw(); });
  model.on("change:src", load);
  load();
  return () => {
    window.removeEventListener("mousemove", onMove);
    window.removeEventListener("mouseup", finish);
  };
}
export default { render };
"""


class BoxCanvas(anywidget.AnyWidget):
    _esm = _ESM
    src = traitlets.Unicode("").tag(sync=True)           # the image as a data: URL
    width = traitlets.Int(1).tag(sync=True)              # image size in pixels
    height = traitlets.Int(1).tag(sync=True)
    zoom = traitlets.Float(1.0).tag(sync=True)           # screen pixels per image pixel
    boxes = traitlets.List().tag(sync=True)
    selected = traitlets.Int(-1).tag(sync=True)
    classes = traitlets.List(traitlets.Unicode()).tag(sync=True)
    colors = traitlets.List(traitlets.Unicode()).tag(sync=True)
    current_class = traitlets.Unicode("").tag(sync=True)  # the class a new box gets

    def __init__(self, on_boxes, on_select, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(lambda _w, content, _b: self._receive(content, on_boxes, on_select))

    @staticmethod
    def _receive(content, on_boxes, on_select):
        if content.get("op") == "boxes":
            on_boxes(content["boxes"], content.get("selected", -1))
        elif content.get("op") == "select":
            on_select(content.get("index", -1))

    def show_image(self, png: bytes, width: int, height: int) -> None:
        self.src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        self.width, self.height = width, height
