"""reviewdog's rdjson (``reviewdog -f=rdjson``): diagnostics plus suggestions from fixes.

rdjson positions are 1-based and its columns count UTF-8 bytes, while leakscan's columns
count characters; with ``sources`` the columns are converted, without them they pass through.
Notebook findings become line-wise diagnostics on the cell's line in the ``.ipynb`` JSON when
it can be found (reviewdog only comments on lines of the diff), without suggestions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from leakscan.findings import Edit, Finding, Location, Report
from leakscan.reporters._common import (
    TOOL_NAME,
    TOOL_URI,
    RuleList,
    SourceIndex,
    relative_path,
    resolve_rules,
    sorted_findings,
)
from leakscan.rules.base import DOCS_URL

_SEVERITY = {"error": "ERROR", "warning": "WARNING"}


def render(
    report: Report,
    *,
    rules: RuleList | None = None,
    sources: Mapping[str, str] | None = None,
) -> str:
    return json.dumps(build(report, rules=rules, sources=sources), indent=2, ensure_ascii=False) + "\n"


def build(
    report: Report,
    *,
    rules: RuleList | None = None,
    sources: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    urls = {r.code: r.url() for r in resolve_rules(rules)} if rules is not None else {}
    index = SourceIndex(sources)
    diagnostics = [_diagnostic(f, index, urls) for f in sorted_findings(report.findings)]
    for error in sorted(report.errors, key=lambda e: e.path):
        diagnostics.append({
            "message": f"could not analyze this file: {error.message}",
            "location": {"path": relative_path(error.path)},
            "severity": "ERROR",
            "source": {"name": TOOL_NAME, "url": TOOL_URI},
        })
    return {"source": {"name": TOOL_NAME, "url": TOOL_URI}, "diagnostics": diagnostics}


def _diagnostic(finding: Finding, index: SourceIndex, urls: Mapping[str, str]) -> dict[str, Any]:
    loc = finding.location
    message = finding.message
    if loc.cell is not None:
        message = f"cell {loc.cell}, line {loc.line}, column {loc.column}: {message}"
    out: dict[str, Any] = {
        "message": message,
        "location": _location(loc, index),
        "severity": _SEVERITY.get(finding.severity, "WARNING"),
        "source": {"name": TOOL_NAME, "url": TOOL_URI},
        "code": {"value": finding.code, "url": urls.get(finding.code, DOCS_URL.format(code=finding.code))},
    }
    fix = finding.fix
    if fix is not None and fix.edits and loc.cell is None and all(e.cell is None for e in fix.edits):
        out["suggestions"] = [_suggestion(e, loc.path, index) for e in fix.edits]
    if finding.related:
        out["related_locations"] = [
            {"message": r.message, "location": _location(r.location, index)} for r in finding.related
        ]
    return out


def _location(loc: Location, index: SourceIndex) -> dict[str, Any]:
    path = relative_path(loc.path)
    if loc.cell is not None:
        line = index.notebook_line(loc.path, loc.cell, loc.line)
        if line is None:
            return {"path": path}
        return {"path": path, "range": {"start": {"line": line}}}
    start = {"line": loc.line, "column": _byte_column(index, loc.path, loc.line, loc.column)}
    range_: dict[str, Any] = {"start": start}
    if loc.end_line is not None:
        end: dict[str, int] = {"line": loc.end_line}
        if loc.end_column is not None:
            end["column"] = _byte_column(index, loc.path, loc.end_line, loc.end_column)
        range_["end"] = end
    return {"path": path, "range": range_}


def _suggestion(edit: Edit, path: str, index: SourceIndex) -> dict[str, Any]:
    return {
        "range": {
            "start": {"line": edit.line, "column": _byte_column(index, path, edit.line, edit.column)},
            "end": {"line": edit.end_line, "column": _byte_column(index, path, edit.end_line, edit.end_column)},
        },
        "text": edit.content,
    }


def _byte_column(index: SourceIndex, path: str, line: int, column: int) -> int:
    text = index.line_at(path, line)
    if text is None:
        return column
    before = max(column - 1, 0)
    return len(text[:before].encode("utf-8")) + max(before - len(text), 0) + 1
