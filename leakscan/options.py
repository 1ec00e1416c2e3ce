"""The types every layer of a scan shares: the resolved ``Options`` and ``ScanError``.

They live apart from the analyzer so that the light layers (the command line, the cache, the
worker pool) can name them without importing libcst or networkx.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leakscan import knowledge as K
from leakscan.budget import DEFAULT_TIMEOUT
from leakscan.findings import Finding

if TYPE_CHECKING:
    from leakscan.rules.base import Rule


class ScanError(Exception):
    """A file that cannot be analyzed; the message says why, for a person.

    ``findings`` holds what was found anyway (the other rules, when one rule failed);
    ``cacheable`` is False when the outcome depends on more than the file (a time budget,
    a bug in leakscan), so that it is not stored as the file's result.
    """

    def __init__(self, message: str, *, findings: Sequence[Finding] = (), cacheable: bool = True) -> None:
        super().__init__(message)
        self.findings = list(findings)
        self.cacheable = cacheable

    def __reduce__(self) -> tuple[object, ...]:
        return (_scan_error, (str(self), self.findings, self.cacheable))


def _scan_error(message: str, findings: list[Finding], cacheable: bool) -> ScanError:
    return ScanError(message, findings=findings, cacheable=cacheable)


@dataclass
class Options:
    """What to check and how: the resolved configuration for one scan."""

    rules: Sequence[type[Rule]] | None = None  # None: every rule
    enabled: Callable[[str, str], bool] | None = None  # (code, path) -> bool, from configuration
    knowledge: K.Knowledge = K.DEFAULT
    honor_noqa: bool = True
    extra: dict[str, object] = field(default_factory=dict)
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per file (None or 0: no budget)
    fixes: bool = True  # compute each finding's fix (the CLI skips it for reports that show none)
    verbose: bool = False  # print the traceback of an internal error to standard error
