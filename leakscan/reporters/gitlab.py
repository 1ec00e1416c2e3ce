"""GitLab Code Quality report: a JSON array of Code Climate issues for the MR widget.

GitLab collapses issues with equal fingerprints and compares fingerprints between the base
and the MR to tell new leaks from old ones, so a fingerprint hashes what survives unrelated
edits (path, code, the line's text, the occurrence) and is made unique within the report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from leakscan.findings import Report
from leakscan.reporters._common import SourceIndex, line_fingerprints, relative_path, sorted_findings

_SEVERITY = {"error": "major", "warning": "minor"}


def render(report: Report, *, sources: Mapping[str, str] | None = None) -> str:
    return json.dumps(build(report, sources=sources), indent=2, ensure_ascii=False) + "\n"


def build(report: Report, *, sources: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    index = SourceIndex(sources)
    findings = sorted_findings(report.findings)
    seen: set[str] = set()
    issues: list[dict[str, Any]] = []
    for finding, (digest, occurrence) in zip(findings, line_fingerprints(findings, index)):
        loc = finding.location
        path = relative_path(loc.path)
        description = finding.message
        if loc.cell is not None:
            description = f"cell {loc.cell}, line {loc.line}: {description}"
            begin = index.notebook_line(loc.path, loc.cell, loc.line) or 1
            end = begin
        else:
            begin = loc.line
            end = max(loc.end_line or loc.line, begin)
            if loc.end_line is not None and loc.end_line > loc.line and loc.end_column == 1:
                end -= 1  # an exclusive end at column 1 does not touch that line
        issues.append({
            "type": "issue",
            "description": f"{finding.code} {description}",
            "check_name": finding.code,
            "categories": ["Bug Risk"],
            "fingerprint": _unique(f"{path}\0{finding.code}\0{digest}\0{occurrence}", seen),
            "severity": _SEVERITY.get(finding.severity, "minor"),
            "location": {"path": path, "lines": {"begin": begin, "end": end}},
        })
    for error in sorted(report.errors, key=lambda e: e.path):
        path = relative_path(error.path)
        issues.append({
            "type": "issue",
            "description": f"leakscan could not analyze this file: {error.message}",
            "check_name": "file-error",
            "categories": ["Bug Risk"],
            "fingerprint": _unique(f"{path}\0file-error\0{error.message}", seen),
            "severity": "critical",
            "location": {"path": path, "lines": {"begin": 1, "end": 1}},
        })
    return issues


def _unique(basis: str, seen: set[str]) -> str:
    """An md5 of ``basis``, re-salted until no other issue in the report has it."""
    salt = 0
    while True:
        data = (f"{basis}\0{salt}" if salt else basis).encode("utf-8", "surrogatepass")  # odd file names too
        digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
        if digest not in seen:
            seen.add(digest)
            return digest
        salt += 1
