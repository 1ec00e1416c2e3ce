"""A per-file time budget, so that one pathological file becomes an error instead of a hang.

On POSIX, in the main thread, an interval timer (``SIGALRM``) interrupts the analysis when the
budget is spent, and keeps interrupting every second until the block is left, so code that
swallows the first interruption cannot run on. libcst's native parser cannot be interrupted
(a signal is only handled when it returns), so what it is given is bounded beforehand: nesting
by ``sources.check_nesting`` and size by ``check_size``, from the time left. Where no timer can
be set (another thread, Windows) ``check()`` is the cooperative fallback a long loop can call.

``BudgetExceeded`` derives from ``BaseException`` like ``KeyboardInterrupt``: the ``except
Exception`` that keeps one buggy rule or fixer from ending a scan must not swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

DEFAULT_TIMEOUT = 30.0
# Characters of Python that libcst parses and leakscan analyzes per second of budget, on a
# slow machine (measured: parsing alone runs at 80-280 KB/s, a whole scan at 15-60 KB/s).
CHARS_PER_SECOND = 50_000
_REPEAT = 1.0  # seconds between interruptions once the budget is spent


class BudgetExceeded(BaseException):
    """The block ran (or would run) longer than its budget; the message is for the user."""


@dataclass
class _Budget:
    seconds: float
    deadline: float
    done: bool = False

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def expired(self) -> BudgetExceeded:
        return BudgetExceeded(f"analysis took longer than {_seconds(self.seconds)} (see --timeout)")


class _Local(threading.local):
    active: _Budget | None = None  # the budget of the file this thread is analyzing


_LOCAL = _Local()


def _seconds(value: float) -> str:
    return f"{value:g} s"


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``BudgetExceeded`` in the block when it runs longer than ``seconds``.

    ``None`` or 0 means no budget. Inside an active budget a nested one changes nothing: the
    outer deadline holds (a file's budget covers its parse and every analysis of it).
    """
    if not seconds or seconds <= 0 or _LOCAL.active is not None:
        yield
        return
    budget = _Budget(seconds, time.monotonic() + seconds)
    _LOCAL.active = budget
    timer = _Timer.arm(budget)
    try:
        yield
    finally:
        budget.done = True  # from here on a late signal is ignored, never raised in cleanup
        try:
            if timer is not None:
                timer.disarm()
        finally:
            _LOCAL.active = None


def check() -> None:
    """Raise ``BudgetExceeded`` if the active budget is spent (a cooperative check point)."""
    budget = _LOCAL.active
    if budget is not None and not budget.done and budget.remaining() <= 0:
        raise budget.expired()


def check_size(chars: int) -> None:
    """Refuse, before the native parser starts, a program too large for the time left.

    The parser cannot be interrupted, so a file of tens of MB would hang the scan for minutes
    however small the budget is.
    """
    budget = _LOCAL.active
    if budget is None:
        return
    allowed = max(budget.remaining(), 0.0) * CHARS_PER_SECOND
    if chars > allowed:
        raise BudgetExceeded(
            f"too large to analyze within the {_seconds(budget.seconds)} time budget "
            f"({_size(chars)} of Python code, about {_size(budget.seconds * CHARS_PER_SECOND)} fit; "
            "raise --timeout to analyze it)"
        )


def _size(chars: float) -> str:
    if chars >= 1024 * 1024:
        return f"{chars / (1024 * 1024):.1f} MB"
    return f"{chars / 1024:.0f} KB"


class _Timer:
    """The interval timer and ``SIGALRM`` handler of one budget; what was there is restored."""

    def __init__(self, budget: _Budget, previous_handler: Any, previous_timer: tuple[float, float]) -> None:
        self.budget = budget
        self.previous_handler = previous_handler
        self.previous_timer = previous_timer
        self.started = time.monotonic()
        self.outer_fired = False

    @classmethod
    def arm(cls, budget: _Budget) -> _Timer | None:
        if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
            return None
        timer = cls(budget, None, signal.getitimer(signal.ITIMER_REAL))
        try:
            timer.previous_handler = signal.signal(signal.SIGALRM, timer._handle)
        except (ValueError, OSError):  # not the main interpreter, or signals unavailable
            return None
        outer = timer.previous_timer[0]
        first = budget.seconds if outer <= 0 else min(budget.seconds, outer)
        signal.setitimer(signal.ITIMER_REAL, first, _REPEAT)
        return timer

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        budget = self.budget
        if budget.done:
            return
        if budget.remaining() <= 0.001:
            raise budget.expired()
        # The timer that was running before ours went off first: run its handler, once.
        if self.previous_timer[0] > 0 and not self.outer_fired:
            self.outer_fired = True
            handler = self.previous_handler
            if callable(handler):
                handler(signum, frame)
        signal.setitimer(signal.ITIMER_REAL, max(budget.remaining(), 0.001), _REPEAT)

    def disarm(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0.0, 0.0)
        signal.signal(signal.SIGALRM, self.previous_handler if self.previous_handler is not None else signal.SIG_DFL)
        delay, interval = self.previous_timer
        if delay > 0 and not self.outer_fired:  # give an outer timer back what is left of it
            left = delay - (time.monotonic() - self.started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), interval)
        elif interval > 0:
            signal.setitimer(signal.ITIMER_REAL, interval, interval)
