"""What a trainee does in JupyterLab, as Playwright steps: the Assignments tab, opening a
notebook, Restart & Run All, adding and running a cell, reading outputs."""

import time

CURRENT = "window.jupyterapp.shell.currentWidget"


def wait_for_app(page, timeout=60_000) -> None:
    page.wait_for_function("window.jupyterapp && window.jupyterapp.commands.hasCommand('docmanager:open')",
                           timeout=timeout)
    # a reopened JupyterLab restores its last layout; steps taken before that would be undone by it
    page.evaluate("async () => { await window.jupyterapp.restored; }")


def command(page, name: str, args: dict | None = None, wait: bool = True):
    """Run a JupyterLab command; with wait=False do not wait for it (it may open a dialog)."""
    script = "async ([name, args]) => { await window.jupyterapp.commands.execute(name, args || {}); }" if wait else \
        "([name, args]) => { window.jupyterapp.commands.execute(name, args || {}); }"
    return page.evaluate(script, [name, args])


def open_assignments(page):
    """The Assignments tab (nbgrader's assignment list), refreshed; returns its panel."""
    command(page, "nbgrader:open-assignment-list")
    # a reopened JupyterLab restores its layout, where the list may sit behind a notebook's tab
    page.evaluate("""() => { for (const widget of window.jupyterapp.shell.widgets('main')) {
        if (widget.node.querySelector('#assignments')) { window.jupyterapp.shell.activateById(widget.id); } } }""")
    panel = page.locator("#assignments")
    panel.wait_for(timeout=30_000)
    panel.locator("#refresh_assignments_list").click()
    return panel


def fetch_lesson(page, lesson_id: str) -> None:
    panel = open_assignments(page)
    row = panel.locator("#released_assignments_list .list_item:not(.nested_list_item)", has_text=lesson_id)
    row.locator("button").click()
    panel.locator("#fetched_assignments_list .list_item:not(.nested_list_item)", has_text=lesson_id).wait_for(timeout=30_000)


def submit_lesson(page, lesson_id: str) -> None:
    panel = open_assignments(page)
    row = panel.locator("#fetched_assignments_list .list_item:not(.nested_list_item)", has_text=lesson_id)
    row.locator("button", has_text="Submit").click()
    panel.locator("#submitted_assignments_list .list_item:not(.nested_list_item)", has_text=lesson_id).first.wait_for(timeout=60_000)


def fetch_feedback(page, lesson_id: str) -> None:
    panel = open_assignments(page)
    row = panel.locator("#submitted_assignments_list .list_item:not(.nested_list_item)", has_text=lesson_id).first
    row.locator("button", has_text="Fetch Feedback").click()


def open_notebook(page, path: str) -> None:
    command(page, "docmanager:open", {"path": path})
    page.wait_for_function(f"{CURRENT} && {CURRENT}.context && {CURRENT}.context.path === {path!r}"
                           f" && {CURRENT}.sessionContext.session && {CURRENT}.sessionContext.session.kernel",
                           timeout=60_000)


def run_all_cells(page) -> None:
    """Run every cell of the open notebook once its kernel has started."""
    page.wait_for_function(f"window.jupyterapp && {CURRENT} && {CURRENT}.sessionContext"
                           f" && {CURRENT}.sessionContext.session && {CURRENT}.sessionContext.session.kernel",
                           timeout=60_000)
    command(page, "notebook:run-all-cells")


def close_notebook(page) -> None:
    command(page, "docmanager:save")
    command(page, "application:close")


def wait_until_idle(page, timeout=180_000) -> None:
    """The kernel has run everything queued (no cell left waiting with `[*]`)."""
    page.wait_for_function(
        f"{CURRENT}?.sessionContext?.session?.kernel?.connectionStatus === 'connected'"
        f" && {CURRENT}.sessionContext.session.kernel.status === 'idle'"
        " && ![...document.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('*'))",
        timeout=timeout, polling=250)


def restart_and_run_all(page) -> None:
    wait_until_idle(page)  # a kernel still starting would miss the restart
    command(page, "notebook:restart-run-all", wait=False)
    page.locator(".jp-Dialog .jp-mod-accept").click()  # the "Restart" button, in any language
    time.sleep(1)  # the restart clears outputs before the cells queue
    for _ in range(2):  # idle between two cells is not idle after the last one
        wait_until_idle(page)
        time.sleep(0.7)


def widget_outputs(page) -> int:
    """How many widgets the notebook's outputs show (counted in the notebook, drawn or scrolled away)."""
    return page.evaluate(f"""() => {{
        let count = 0;
        for (const cell of {CURRENT}.content.model.cells)
            for (const output of (cell.toJSON().outputs || []))
                if (output.data && output.data['application/vnd.jupyter.widget-view+json']) count += 1;
        return count;
    }}""")


def run_new_cell(page, source: str):
    """Add a cell at the end of the notebook, type `source` into it and run it; returns its output area."""
    command(page, "notebook:enter-command-mode")
    page.evaluate(f"{CURRENT}.content.activeCellIndex = {CURRENT}.content.widgets.length - 1")
    command(page, "notebook:insert-cell-below")
    command(page, "notebook:enter-edit-mode")
    page.keyboard.type(source)
    command(page, "notebook:run-cell")
    wait_until_idle(page)
    index = page.evaluate(f"{CURRENT}.content.widgets.length - 1")
    cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
    cell.scroll_into_view_if_needed()
    return cell.locator(".jp-OutputArea")


def markdown_cells(page) -> int:
    return page.evaluate(f"[...{CURRENT}.content.model.cells].filter(cell => cell.type === 'markdown').length")


def outputs_text(page) -> str:
    return "\n".join(page.locator(".jp-Notebook .jp-OutputArea").all_inner_texts())


def scroll_to(locator) -> None:
    locator.scroll_into_view_if_needed()
    time.sleep(0.3)  # JupyterLab's windowed notebook lays out what scrolls into view


def wait_for(condition, what: str, timeout: float = 20) -> None:
    """Poll `condition` (saved files, kernel state) until it holds, or fail naming `what`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)
