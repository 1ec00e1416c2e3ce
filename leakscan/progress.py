"""A progress bar on stderr for long scans, and nothing at all for short ones or pipes.

The bar only appears on a terminal, and only once a scan has run for ``delay`` seconds, so
the usual quick run prints nothing extra, and CI logs and redirected output stay clean.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any

import click


class TerminalProgress:
    """A ``progress(done, total)`` callback for ``scan_paths`` that draws a click progress bar."""

    def __init__(self, stream: IO[str] | None = None, *, delay: float = 0.5, label: str = "Scanning") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.label = label
        self.enabled = _is_tty(self.stream)
        self._start = time.monotonic()
        self._bar: Any = None
        self._shown = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if done >= total or time.monotonic() - self._start < self.delay:
                return
            self._bar = click.progressbar(length=total, label=self.label, file=self.stream, show_pos=True)
            self._bar.__enter__()
        self._bar.update(done - self._shown)
        self._shown = done

    def close(self) -> None:
        """Finish the bar (one final line), if one was drawn."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
