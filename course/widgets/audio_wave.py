"""The audio surface of the speech widget: an anywidget that plays one clip, draws its
waveform with the labeled segments and the current selection, and reports what the
mouse and the audio keys do.

Mouse: drag across the waveform to select a stretch; click to move the playhead (a click
inside a segment also picks that segment). Keys (focus inside the labeling widget): Space
plays or pauses, `[` and `]` set the selection's start and end at the playhead, `L` loops
the selection. Enter in the transcript box saves the text and gives the keys back.
Times travel in seconds; what they mean is decided in Python.
"""

import anywidget
import traitlets

_ESM = r"""
function render({ model, el }) {
  const wrap = document.createElement("div");
  wrap.className = "course-item course-audio";
  const canvas = document.createElement("canvas");
  canvas.width = 800; canvas.height = 140;
  canvas.className = "course-waveform";
  canvas.style.cssText = "width: 800px; max-width: 100%; height: 140px; border: 1px solid #ccc; cursor: crosshair; display: block; background: #fafafa;";
  const audio = document.createElement("audio");
  audio.preload = "auto";
  const bar = document.createElement("div");
  bar.style.cssText = "display: flex; gap: 8px; align-items: center; margin: 4px 0; font-size: 13px;";
  const makeButton = (cls) => {
    const b = document.createElement("button");
    b.className = "jupyter-button " + cls;
    b.style.cssText = "width: auto; padding: 0 10px;";
    bar.appendChild(b);
    return b;
  };
  const playButton = makeButton("course-play"), loopButton = makeButton("course-loop");
  const info = document.createElement("span");
  info.className = "course-times";
  bar.appendChild(info);
  wrap.append(canvas, bar, audio);
  el.appendChild(wrap);

  let playhead = 0, looping = false, drag = null;
  const words = () => model.get("words");
  const duration = () => Math.max(model.get("duration"), 1e-6);
  const xOf = (t) => t / duration() * canvas.width;
  const tOf = (clientX) => {
    const r = canvas.getBoundingClientRect();
    return Math.max(0, Math.min(duration(), (clientX - r.left) / r.width * duration()));
  };
  const selection = () => drag && drag.moved ? [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)] : model.get("selection");
  const fmt = (t) => t.toFixed(2);

  const draw = () => {
    const g = canvas.getContext("2d"), W = canvas.width, H = canvas.height, mid = H / 2 + 8;
    g.clearRect(0, 0, W, H);
    const classes = model.get("classes"), colors = model.get("colors");
    const segments = model.get("segments");
    const colorOf = (s) => colors[Math.max(0, classes.indexOf(s.label)) % colors.length];
    for (const s of segments) {
      g.fillStyle = colorOf(s) + "33";
      g.fillRect(xOf(s.start), 16, xOf(s.end) - xOf(s.start), H - 16);
    }
    const [a, b] = selection();
    if (b > a) {
      g.fillStyle = "rgba(255, 213, 79, 0.45)";
      g.fillRect(xOf(a), 16, xOf(b) - xOf(a), H - 16);
      g.strokeStyle = "#e0a800"; g.lineWidth = 2;
      g.strokeRect(xOf(a), 17, xOf(b) - xOf(a), H - 18);
    }
    const peaks = model.get("peaks");
    g.fillStyle = "#37474f";
    const step = W / Math.max(peaks.length, 1), half = (H - 24) / 2;
    peaks.forEach((p, i) => { const h = Math.max(1, p * half); g.fillRect(i * step, mid - h, Math.max(step, 1), 2 * h); });
    for (const s of segments) {  // over the waveform, so the class can always be read
      g.fillStyle = colorOf(s);
      g.fillRect(xOf(s.start), 16, xOf(s.end) - xOf(s.start), 3);
      g.font = "bold 12px sans-serif";
      g.fillStyle = "#fff";
      g.fillRect(xOf(s.start) + 1, 20, g.measureText(s.label).width + 6, 15);
      g.fillStyle = colorOf(s);
      g.fillText(s.label, xOf(s.start) + 4, 32);
    }
    g.fillStyle = "#888"; g.font = "10px sans-serif";
    for (let t = 0; t <= duration(); t += 1) { g.fillRect(xOf(t), 0, 1, 5); g.fillText(t + "s", xOf(t) + 2, 11); }
    g.fillStyle = "#d32f2f";
    g.fillRect(xOf(playhead) - 1, 12, 2, H - 12);
    const w = words();
    playButton.textContent = audio.paused ? w.play : w.pause;
    loopButton.textContent = w.loop;
    loopButton.style.fontWeight = looping ? "bold" : "normal";
    loopButton.style.background = looping ? "#ffe58f" : "";
    info.textContent = (b > a ? w.selection.replace("{start}", fmt(a)).replace("{end}", fmt(b)) + " · " : "")
      + w.playhead.replace("{time}", fmt(playhead)) + " / " + fmt(duration()) + " s";
  };

  const tick = () => {
    playhead = audio.currentTime;
    const [a, b] = model.get("selection");
    if (looping && b > a && playhead >= b) { audio.currentTime = a; playhead = a; }
    draw();
    if (!audio.paused) requestAnimationFrame(tick);
  };
  const togglePlay = () => {
    if (audio.paused) {
      const [a, b] = model.get("selection");
      if (looping && b > a && (playhead < a || playhead >= b)) audio.currentTime = a;
      else audio.currentTime = playhead;
      audio.play().then(() => requestAnimationFrame(tick)).catch(() => {});
    } else { audio.pause(); }
    draw();
  };
  const seek = (t) => { playhead = t; audio.currentTime = t; draw(); };
  audio.addEventListener("pause", draw);
  audio.addEventListener("ended", draw);
  playButton.addEventListener("click", togglePlay);
  loopButton.addEventListener("click", () => { looping = !looping; draw(); });

  canvas.addEventListener("mousedown", (e) => { drag = { from: tOf(e.clientX), to: tOf(e.clientX), x: e.clientX, moved: false }; });
  const onMove = (e) => {
    if (!drag) return;
    drag.to = tOf(e.clientX);
    drag.moved = drag.moved || Math.abs(e.clientX - drag.x) > 4;
    draw();
  };
  const onUp = (e) => {
    if (!drag) return;
    const d = drag; drag = null;
    if (d.moved) {
      model.send({ op: "select", start: Math.min(d.from, d.to), end: Math.max(d.from, d.to) });
    } else {
      seek(d.from);
      const k = model.get("segments").findIndex((s) => s.start <= d.from && d.from < s.end);
      if (k >= 0) model.send({ op: "pick", index: k });
    }
    draw();
  };
  // on the window, so a drag that leaves the canvas still ends
  window.addEventListener("mousemove", onMove);
  window.addEventListener("mouseup", onUp);

  const onKey = (event) => {
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) {
      if (event.key === "Enter" && root.contains(target)) {
        event.preventDefault(); event.stopPropagation();
        target.blur();
        model.send({ op: "commit" });
        root.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === " ") togglePlay();
    else if (event.key === "[") model.send({ op: "mark", which: "start", time: playhead });
    else if (event.key === "]") model.send({ op: "mark", which: "end", time: playhead });
    else if (event.key === "l" || event.key === "L") { looping = !looping; draw(); }
    else return;
    event.preventDefault(); event.stopPropagation();
  };
  let root = null;
  const attach = () => {
    if (!el.isConnected) { requestAnimationFrame(attach); return; }
    root = el.closest(".course-labeling") || el;
    if (!root.hasAttribute("tabindex")) root.tabIndex = 0;
    // capture: ipywidgets' text box stops its own keydowns, and Enter there must still save
    root.addEventListener("keydown", onKey, true);
  };
  attach();
  const load = () => { audio.pause(); audio.src = model.get("src"); playhead = 0; draw(); };
  model.on("change:src", load);
  for (const name of ["segments", "selection", "peaks", "words"]) model.on("change:" + name, draw);
  load();
  return () => {
    audio.pause();
    window.removeEventListener("mousemove", onMove);
    window.removeEventListener("mouseup", onUp);
    if (root) root.removeEventListener("keydown", onKey, true);
  };
}
export default { render };
"""


class AudioWave(anywidget.AnyWidget):
    _esm = _ESM
    src = traitlets.Unicode("").tag(sync=True)            # a data: URL of the clip's WAV bytes
    duration = traitlets.Float(0.0).tag(sync=True)        # seconds
    peaks = traitlets.List(traitlets.Float()).tag(sync=True)   # loudness per drawn column, 0–1
    segments = traitlets.List().tag(sync=True)            # [{"start", "end", "label", "text"}]
    selection = traitlets.List(traitlets.Float(), default_value=[0.0, 0.0]).tag(sync=True)  # [start, end) s
    classes = traitlets.List(traitlets.Unicode()).tag(sync=True)
    colors = traitlets.List(traitlets.Unicode()).tag(sync=True)
    words = traitlets.Dict().tag(sync=True)               # the surface's own labels, in the lesson's language

    def __init__(self, on_message, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(lambda _w, content, _b: on_message(content))
