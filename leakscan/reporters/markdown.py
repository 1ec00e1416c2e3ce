"""A code-review comment: counts, findings grouped by file, code excerpts and a Mermaid flow.

The first line is an HTML comment marker so a bot can find and update its earlier comment
instead of posting a new one on every push. Text that comes from the scanned code (messages,
excerpts, Mermaid labels) is escaped for where it lands, so code cannot break the comment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import groupby

from leakscan.findings import Finding, Location, Report
from leakscan.reporters._common import SourceIndex, display_path, plural, sorted_findings, where

MARKER = "<!-- leakscan-report -->"
CONTEXT = 2  # lines of code shown on each side of a finding
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def render(report: Report, *, sources: Mapping[str, str] | None = None) -> str:
    index = SourceIndex(sources)
    findings = sorted_findings(report.findings)
    out = [MARKER]
    if not findings:
        out.append(f"### leakscan: no leaks found\n\nScanned {plural(report.files, 'file')}.")
    else:
        files = len({f.location.path for f in findings})
        out.append(f"### leakscan: {plural(len(findings), 'leak')} found in {plural(files, 'file')}")
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        counts = [plural(n, word) for n, word in ((errors, "error"), (warnings, "warning")) if n]
        fixable = sum(1 for f in findings if f.fix is not None)
        if fixable:
            counts.append(f"{fixable} with an automatic fix")
        out.append(" · ".join(counts) + f" · {plural(report.files, 'file')} scanned")
        for path, group in groupby(findings, key=lambda f: f.location.path):
            out.append(f"#### `{_code_span(display_path(path))}`")
            for finding in group:
                out.append(_finding(finding, index))
    if report.errors:
        lines = [f"#### {plural(len(report.errors), 'file')} could not be analyzed", ""]
        lines += [f"- `{_code_span(display_path(e.path))}`: {escape(e.message)}"
                  for e in sorted(report.errors, key=lambda e: e.path)]
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _finding(finding: Finding, index: SourceIndex) -> str:
    loc = finding.location
    parts = [f"**{finding.code}** `{finding.name}` ({finding.severity}) at {where(loc)}\n\n{escape(finding.message)}"]
    excerpt = _excerpt(loc, index)
    if excerpt:
        parts.append(excerpt)
    if finding.related:
        parts.append(mermaid(finding, index))
    if finding.fix is not None:
        parts.append(f"Fix ({finding.fix.applicability}): {escape(finding.fix.message)}")
    return "\n\n".join(parts)


def _excerpt(loc: Location, index: SourceIndex) -> str | None:
    lines = index.lines(loc.path, loc.cell)
    if lines is None or not 1 <= loc.line <= len(lines):
        return None
    last = loc.line if loc.end_line is None else min(max(loc.end_line, loc.line), len(lines))
    first, stop = max(1, loc.line - CONTEXT), min(len(lines), last + CONTEXT)
    width = len(str(stop))
    body = []
    for number in range(first, stop + 1):
        mark = ">" if loc.line <= number <= last else " "
        body.append(f"{mark} {str(number).rjust(width)} | {lines[number - 1]}".rstrip())
    text = "\n".join(body)
    fence = "`" * max(3, _longest_run(text, "`") + 1)
    return f"{fence}python\n{text}\n{fence}"


def mermaid(finding: Finding, index: SourceIndex | None = None) -> str:
    """The leak as a flowchart: the leaking call, then each related place, edges labeled."""
    index = index or SourceIndex(None)
    steps: list[tuple[Location, str]] = [(finding.location, finding.code)]
    steps += [(r.location, r.message) for r in finding.related]
    lines = ["```mermaid", "flowchart TD"]
    for number, (loc, _) in enumerate(steps):
        code = index.line(loc)
        label = _short(loc) + (f"<br/>{_mermaid_text(_clip(code.strip()))}" if code and code.strip() else "")
        if number == 0:
            label = f"{_mermaid_text(finding.code)}: {label}"
        lines.append(f'    n{number}["{label}"]')
    for number in range(1, len(steps)):
        lines.append(f'    n{number - 1} -->|"{_mermaid_text(steps[number][1])}"| n{number}')
    lines.append("    style n0 stroke:#d73a49,stroke-width:2px")
    lines.append("```")
    return "\n".join(lines)


def _short(loc: Location) -> str:
    prefix = f"cell {loc.cell}, " if loc.cell is not None else ""
    return f"{prefix}line {loc.line}"


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mermaid_text(text: str) -> str:
    """Escape for a quoted Mermaid label: entity codes, ``#`` first since they start with it."""
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("|", "#124;")):
        text = text.replace(char, code)
    return " ".join(text.split())


def escape(text: str) -> str:
    """Backslash-escape Markdown punctuation so messages render as written."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _code_span(text: str) -> str:
    return text.replace("`", "'")


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(r) for r in runs), default=0)
