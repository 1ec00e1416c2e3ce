"""Output formats: each module renders a ``Report`` to a string; ``render`` picks one by name.

Every format derives from the same ``Report`` (SPEC section 4), so they never disagree on
what was found. ``sources`` maps a finding's path to the file's text (for a notebook, the raw
``.ipynb`` JSON or each cell under ``"<path>:cell <N>"``); formats use it for fingerprints,
excerpts and byte columns and degrade gracefully without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leakscan.findings import Report
    from leakscan.reporters._common import RuleList

FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "gitlab", "rdjson", "markdown")


def render(
    report: Report,
    fmt: str,
    *,
    version: str,
    rules: RuleList | None = None,
    sources: Mapping[str, str] | None = None,
    color: bool = False,
    statistics: bool = False,
    related: bool = False,
) -> str:
    """The report in format ``fmt`` (one of ``FORMATS``), ending with a newline."""
    # imported here, not above: the command line reads FORMATS at start-up
    from leakscan.reporters import github, gitlab, json_, markdown, rdjson, sarif, text

    if fmt == "text":
        return text.render(report, rules=rules, color=color, statistics=statistics, related=related)
    if fmt == "json":
        return json_.render(report, version=version)
    if fmt == "sarif":
        return sarif.render(report, version=version, rules=rules, sources=sources)
    if fmt == "github":
        return github.render(report, sources=sources)
    if fmt == "gitlab":
        return gitlab.render(report, sources=sources)
    if fmt == "rdjson":
        return rdjson.render(report, rules=rules, sources=sources)
    if fmt == "markdown":
        return markdown.render(report, sources=sources)
    raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


__all__ = ["FORMATS", "render"]
