"""Coalescing a burst of slider changes into one fit on the latest values."""

import asyncio
import time
from typing import Callable

_NOTHING = object()


def event_loop_scheduler(seconds: float, callback: Callable[[], None]) -> bool:
    """Run `callback` after `seconds` on the running event loop (the kernel's, when a widget
    event is being handled); False when no loop is running, e.g. in a plain script."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    loop.call_later(seconds, callback)
    return True


class Debouncer:
    """Coalesce a burst of changes into one action on the latest value.

    `push(value)` only records the value and when it came. Once no new value has come for
    `delay` seconds, `action(value)` runs once, on the latest value: a slider dragged through
    twenty positions while a fit runs causes one more fit, not twenty. `schedule(seconds,
    callback)` asks to be woken (the kernel's event loop by default); when it cannot (no
    loop, e.g. a plain script) the action runs at once. Tests pass a fake clock and
    scheduler, or call `poll()` themselves.
    """

    def __init__(self, action: Callable[[object], None], delay: float, *,
                 clock: Callable[[], float] = time.monotonic,
                 schedule: Callable[[float, Callable[[], None]], bool] | None = event_loop_scheduler):
        self.action, self.delay, self.clock = action, delay, clock
        self._schedule = schedule
        self._pending = _NOTHING
        self._last_push = 0.0
        self._woken_at: float | None = None  # when a wake-up is already booked for

    @property
    def has_pending(self) -> bool:
        return self._pending is not _NOTHING

    def push(self, value) -> None:
        self._pending, self._last_push = value, self.clock()
        if self._woken_at is None:
            self._book(self.delay)

    def poll(self) -> bool:
        """Act on the pending value if the changes have settled; True when it acted."""
        if not self.has_pending or self.clock() - self._last_push < self.delay:
            return False
        return self.flush()

    def flush(self) -> bool:
        """Act on the pending value now; True when there was one."""
        if not self.has_pending:
            return False
        value, self._pending = self._pending, _NOTHING
        self.action(value)
        return True

    def cancel(self) -> None:
        """Forget the pending value (a wake-up already booked then finds nothing to do)."""
        self._pending = _NOTHING

    def _book(self, seconds: float) -> None:
        if self._schedule is None or not self._schedule(seconds, self._wake):
            self._woken_at = None
            self.flush()  # nobody can wake us later: act now rather than never
            return
        self._woken_at = self.clock() + seconds

    def _wake(self) -> None:
        self._woken_at = None
        if self.poll() or not self.has_pending:
            return
        self._book(max(self._last_push + self.delay - self.clock(), 0.001))  # changed meanwhile: wait on

