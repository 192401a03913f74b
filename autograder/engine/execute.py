"""Run a notebook's code cells in a fresh kernel, surviving whatever the cells do.

A cell that runs past its time is interrupted (as nbgrader does) and, if the kernel does
not answer, the kernel is replaced. When a kernel dies (os._exit, a segfault, the memory
limit), the points earned so far stay: a fresh kernel replays the cells that had run
cleanly, without the one that killed it, and execution goes on with the next cell, so
every later task that does not depend on the failed one is still graded.
"""

import queue
import time
from dataclasses import dataclass, field

import nbformat

from autograder.engine.kernels import Kernel, KernelFactory, KernelStartFailed
from autograder.engine.sandbox import Limits
from autograder.grading.outcome import CRASHED, OK, OUT_OF_MEMORY, SANDBOX_VIOLATION, TIMEOUT

MAX_KERNELS = 4  # per notebook: a notebook that keeps killing kernels stops here
INTERRUPT_GRACE = 3.0  # seconds a kernel has to answer an interrupt before it is replaced
POLL = 0.05
NOTEBOOK_OUTPUT_CELLS = 16  # a whole notebook keeps at most this many cells' worth of output

STUCK = "stuck"


@dataclass
class CellOutcome:
    index: int
    state: str  # ok, error, timeout, died, not-run
    seconds: float = 0.0


@dataclass
class Execution:
    notebook: nbformat.NotebookNode
    cells: list[CellOutcome] = field(default_factory=list)
    kernels_used: int = 0
    memory_exhausted: bool = False  # the sandbox's memory cgroup hit its limit
    process_limit_hit: bool = False  # a fork was refused: the sandbox's process limit

    @property
    def cell_seconds(self) -> float:
        return sum(c.seconds for c in self.cells)

    def failed(self, state: str) -> list[int]:
        return [c.index for c in self.cells if c.state == state]

    @property
    def status(self) -> str:
        if self.process_limit_hit:
            return SANDBOX_VIOLATION
        if self.failed("died") or self.failed("not-run"):
            return OUT_OF_MEMORY if self._memory_error() or self.memory_exhausted else CRASHED
        if self._memory_error():
            return OUT_OF_MEMORY
        return TIMEOUT if self.failed("timeout") else OK

    def _memory_error(self) -> bool:
        return any(o.get("ename") == "MemoryError"
                   for cell in self.notebook.cells for o in cell.get("outputs", []) if o.get("output_type") == "error")


def execute_notebook(notebook: nbformat.NotebookNode, factory: KernelFactory, limits: Limits,
                     preamble: str = "") -> Execution:
    """`preamble` runs first in every kernel the notebook gets, unrecorded (the grader's own setup)."""
    execution = Execution(notebook)
    memory_events, process_events = factory.memory_events(), factory.process_limit_events()
    deadline = time.monotonic() + limits.notebook_timeout
    clean: list[int] = []  # cells that ran without error in this notebook, for replays
    kernel = factory.kernel(limits)
    execution.kernels_used = 1
    _replay(kernel, factory, nbformat.v4.new_code_cell(preamble), limits)
    code_cells = [i for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"]
    output_bytes = 0
    for position, index in enumerate(code_cells):
        cell = notebook.cells[index]
        cell.outputs, cell.execution_count = [], None
        if kernel is None or time.monotonic() > deadline:
            _mark_not_run(execution, notebook, code_cells[position:], "the notebook ran out of time or kernels")
            break
        started = time.monotonic()
        forks_refused = factory.process_limit_events()
        state = run_cell(kernel, factory, cell, limits, deadline)
        if factory.process_limit_events() > forks_refused:  # a fork bomb: stop its processes now
            cell.outputs.append(_error("ProcessLimitError", f"more than {limits.max_processes} processes"))
            state = "died"
        output_bytes += sum(len(str(o)) for o in cell.outputs)
        if output_bytes > NOTEBOOK_OUTPUT_CELLS * limits.max_output_bytes:  # many cells, each under its cap
            cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text="[output cut: the notebook's "
                                                   "outputs passed their limit]\n")] + \
                [o for o in cell.outputs if o.get("output_type") == "error"][:1]
        execution.cells.append(CellOutcome(index, "timeout" if state == STUCK else state, time.monotonic() - started))
        if state == "ok":
            clean.append(index)
        elif state in ("died", STUCK):  # an interrupted cell whose kernel answered goes on in it
            kernel = _replacement(factory, kernel, notebook, [preamble] + clean, limits, execution)
    if kernel is not None:
        kernel.close()
    execution.memory_exhausted = factory.memory_events() > memory_events
    execution.process_limit_hit = factory.process_limit_events() > process_events
    return execution


def run_cell(kernel: Kernel, factory: KernelFactory, cell, limits: Limits, deadline: float) -> str:
    """Execute one cell, collecting its outputs into it. Returns ok, error, timeout (the
    kernel took the interrupt), stuck (it did not) or died."""
    client = kernel.client
    msg_id = client.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=False)
    cell_deadline = min(time.monotonic() + limits.cell_timeout, deadline)
    interrupted_at = None
    size, state = 0, "ok"
    while True:
        try:
            message = client.get_iopub_msg(timeout=POLL)
        except queue.Empty:
            ended = factory.exit_of(kernel.pid)
            if ended is not None:
                cell.outputs.append(_error("DeadKernelError", _death_reason(ended)))
                return "died"
            now = time.monotonic()
            if interrupted_at is None and now > cell_deadline:
                factory.interrupt(kernel)
                interrupted_at, state = now, "timeout"
            elif interrupted_at is not None and now - interrupted_at > INTERRUPT_GRACE:
                cell.outputs.append(_error("CellTimeoutError", f"No reply from kernel after {limits.cell_timeout:g}s"))
                return STUCK
            continue
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = message["msg_type"], message["content"]
        if kind == "status" and content.get("execution_state") == "idle":
            break
        if kind == "execute_input":
            cell.execution_count = content.get("execution_count")
        elif kind == "clear_output":
            cell.outputs = []
        elif kind in ("stream", "display_data", "execute_result", "error"):
            size += len(str(content))
            if size <= limits.max_output_bytes:
                cell.outputs.append(nbformat.v4.output_from_msg(message))
            elif size - len(str(content)) <= limits.max_output_bytes:
                cell.outputs.append(nbformat.v4.new_output(
                    "stream", name="stderr", text=f"[output cut at {limits.max_output_bytes} bytes]\n"))
            if kind == "error" and state == "ok":
                state = "error"
    if state == "timeout":
        cell.outputs.append(_error("CellTimeoutError", f"Cell stopped after {limits.cell_timeout:g}s"))
    elif _reply_failed(client, msg_id) and not any(o.get("output_type") == "error" for o in cell.outputs):
        # the cell failed but showed no error: its code switched traceback display off
        # (nbgrader PR#1324); the reply still says so, and the cell fails as it should
        cell.outputs.append(_error("HiddenError", "the cell raised an error while traceback display was off"))
        state = "error"
    return state


def _reply_failed(client, msg_id: str) -> bool:
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        try:
            reply = client.get_shell_msg(timeout=0.5)
        except queue.Empty:
            continue
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"].get("status") != "ok"
    return False


def _replacement(factory, kernel, notebook, clean, limits, execution) -> Kernel | None:
    """A fresh kernel that has replayed the cells that had run cleanly, or None."""
    kernel.close()
    factory.restart_if_killed()
    factory.kill_kernels()
    while execution.kernels_used < MAX_KERNELS:
        execution.kernels_used += 1
        try:
            fresh = factory.kernel(limits)
        except KernelStartFailed:
            continue
        if all(_replay(fresh, factory, nbformat.v4.new_code_cell(i) if isinstance(i, str) else notebook.cells[i], limits)
               for i in clean):
            return fresh
        fresh.close()
        factory.kill_kernels()
    return None


def _replay(kernel: Kernel, factory: KernelFactory, cell, limits: Limits) -> bool:
    scratch = nbformat.v4.new_code_cell(cell.source)
    return run_cell(kernel, factory, scratch, limits, time.monotonic() + limits.cell_timeout) == "ok"


def _mark_not_run(execution, notebook, indexes, reason: str) -> None:
    for index in indexes:
        notebook.cells[index].outputs = [_error("CellNotRun", reason)]
        execution.cells.append(CellOutcome(index, "not-run"))


def _death_reason(ended: dict) -> str:
    if ended.get("signal"):
        return f"the kernel died from signal {ended['signal']}"
    return f"the kernel exited with code {ended.get('code')}"


def _error(name: str, value: str):
    return nbformat.v4.new_output("error", ename=name, evalue=value, traceback=[f"{name}: {value}"])
