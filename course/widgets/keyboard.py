"""Number keys and the other shortcuts, caught in the browser and sent to Python.

A small anywidget: it listens for key presses anywhere inside its labeling widget (the
nearest `.course-labeling` element), stops them from reaching JupyterLab's own command
shortcuts (where `1` would turn the cell into a heading), and forwards the key's name.
What a key means is decided in Python (`keys.action_for_key`).
"""

import anywidget
import traitlets

from course.widgets.keys import HANDLED_KEYS

_ESM = """
function render({ model, el }) {
  el.classList.add("course-keys");
  el.style.cssText = "font-size: 12px; color: var(--jp-ui-font-color2, #666); margin-top: 4px;";
  const show = () => { el.textContent = "⌨ " + model.get("help"); };
  show();
  model.on("change:help", show);
  const handled = new Set(model.get("shortcut_keys"));
  const onKey = (event) => {
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
    if (event.ctrlKey || event.metaKey || event.altKey || !handled.has(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    model.send({ key: event.key });
  };
  let root = null;
  const attach = () => {
    if (!el.isConnected) { requestAnimationFrame(attach); return; }
    root = el.closest(".course-labeling") || el;
    if (!root.hasAttribute("tabindex")) root.tabIndex = 0;
    root.setAttribute("data-lm-suppress-shortcuts", "true");
    root.addEventListener("keydown", onKey);
  };
  attach();
  return () => { if (root) root.removeEventListener("keydown", onKey); };
}
export default { render };
"""


class KeyboardShortcuts(anywidget.AnyWidget):
    _esm = _ESM
    help = traitlets.Unicode("").tag(sync=True)
    # not `keys`: ipywidgets uses that name for its list of synced traits
    shortcut_keys = traitlets.List(traitlets.Unicode(), default_value=list(HANDLED_KEYS)).tag(sync=True)

    def __init__(self, on_key, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(lambda _widget, content, _buffers: on_key(content["key"]) if "key" in content else None)
