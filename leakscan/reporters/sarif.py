"""SARIF 2.1.0 for GitHub code scanning, built as plain dicts (no object-model dependency).

What GitHub reads: ``tool.driver.rules`` (help from the rule docs), ``results`` with a
``primaryLocationLineHash`` fingerprint, ``relatedLocations`` linked from the message as
``[split here](1)``, and ``codeFlows`` that it renders as the leak's path. ``fixes`` are
valid SARIF that other viewers use. Notebooks cannot name a line inside a cell in the
``.ipynb`` file's coordinates, so the cell goes into ``properties`` and the message; the
region points at the cell's line in the JSON when that line can be found, else at line 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from leakscan.findings import Finding, Fix, Location, Report
from leakscan.reporters._common import (
    TOOL_NAME,
    TOOL_URI,
    RuleList,
    SourceIndex,
    artifact_uri,
    line_fingerprints,
    resolve_rules,
    sorted_findings,
)
from leakscan.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
_LEVEL = {"error": "error", "warning": "warning"}
_PRECISION = {"error": "very-high", "warning": "medium"}
_FILE_ERROR = "file-error"
_UNKNOWN_RULE = "unknown-rule"


def render(
    report: Report,
    *,
    version: str,
    rules: RuleList | None = None,
    sources: Mapping[str, str] | None = None,
) -> str:
    return json.dumps(build(report, version=version, rules=rules, sources=sources), indent=2, ensure_ascii=False) + "\n"


def build(
    report: Report,
    *,
    version: str,
    rules: RuleList | None = None,
    sources: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The SARIF log as a dict (tests validate it against the OASIS schema)."""
    rule_list = resolve_rules(rules)
    rule_index = {rule.code: i for i, rule in enumerate(rule_list)}
    index = SourceIndex(sources)
    findings = sorted_findings(report.findings)
    hashes = line_fingerprints(findings, index)

    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for finding, (digest, occurrence) in zip(findings, hashes):
        if finding.code not in rule_index:
            notifications.append(_notification(
                "warning", _UNKNOWN_RULE,
                f"{finding.code} is not a known rule; its finding at {finding.path}:{finding.line} was left out",
                finding.path,
            ))
            continue
        results.append(_result(finding, rule_index[finding.code], f"{digest}:{occurrence}", index))
    for error in sorted(report.errors, key=lambda e: e.path):
        notifications.append(_notification("error", _FILE_ERROR, f"{error.path}: {error.message}", error.path))

    driver: dict[str, Any] = {"name": TOOL_NAME, "version": version}
    if _SEMVER.match(version):
        driver["semanticVersion"] = version
    driver["informationUri"] = TOOL_URI
    driver["rules"] = [_descriptor(rule) for rule in rule_list]
    driver["notifications"] = [
        {"id": _FILE_ERROR, "shortDescription": {"text": "A file could not be analyzed."}},
        {"id": _UNKNOWN_RULE, "shortDescription": {"text": "A finding named a rule that is not registered."}},
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _descriptor(rule: type[Rule]) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _first_sentence(rule.summary)},
        "fullDescription": {"text": " ".join(rule.summary.split())},
        "helpUri": rule.url(),
        "help": {"text": rule.text(), "markdown": rule.markdown()},
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
        "properties": {
            "tags": ["data-leakage", "machine-learning", "correctness"],
            "precision": _PRECISION.get(rule.severity, "medium"),
            "problem.severity": "error" if rule.severity == "error" else "warning",
        },
    }


def _result(finding: Finding, rule_index: int, line_hash: str, index: SourceIndex) -> dict[str, Any]:
    loc = finding.location
    text = _escape(finding.message)
    if loc.cell is not None:
        text = f"Cell {loc.cell}, line {loc.line}, column {loc.column}: {text}"
    if finding.related:
        links = "; ".join(f"[{_escape(_related_text(r.message, r.location))}]({i})"
                          for i, r in enumerate(finding.related, 1))
        text = f"{text} ({links})"
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": _LEVEL.get(finding.severity, "warning"),
        "message": {"text": text},
        "locations": [_location(loc, index)],
        "partialFingerprints": {"primaryLocationLineHash": line_hash},
    }
    if finding.related:
        result["relatedLocations"] = [
            {**_location(r.location, index), "id": i, "message": {"text": _related_text(r.message, r.location)}}
            for i, r in enumerate(finding.related, 1)
        ]
        steps = [{**_location(loc, index), "message": {"text": finding.message}}]
        steps += [{**_location(r.location, index), "message": {"text": r.message}} for r in finding.related]
        result["codeFlows"] = [{"threadFlows": [{"locations": [
            {"location": step, "executionOrder": order, "importance": "essential"}
            for order, step in enumerate(steps, 1)
        ]}]}]
    fix = _fix(finding.fix, loc.path)
    if fix is not None:
        result["fixes"] = [fix]
    if loc.cell is not None:
        result["properties"] = {"cell": loc.cell}
    return result


def _related_text(message: str, loc: Location) -> str:
    return f"{message} (cell {loc.cell}, line {loc.line})" if loc.cell is not None else message


def _location(loc: Location, index: SourceIndex) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(loc.path)}}
    out: dict[str, Any] = {"physicalLocation": physical}
    if loc.cell is None:
        physical["region"] = _region(loc.line, loc.column, loc.end_line, loc.end_column)
    else:
        line = index.notebook_line(loc.path, loc.cell, loc.line)
        physical["region"] = {"startLine": line or 1}
        out["properties"] = {"cell": loc.cell, "cellLine": loc.line, "cellColumn": loc.column}
    return out


def _region(line: int, column: int, end_line: int | None, end_column: int | None) -> dict[str, int]:
    region = {"startLine": max(line, 1), "startColumn": max(column, 1)}
    if end_line is not None:
        region["endLine"] = max(end_line, region["startLine"])
        if end_column is not None:
            region["endColumn"] = max(end_column, 1)
    return region


def _fix(fix: Fix | None, path: str) -> dict[str, Any] | None:
    """A SARIF fix for scripts; notebook edits have cell coordinates SARIF cannot express."""
    if fix is None or not fix.edits or any(e.cell is not None for e in fix.edits):
        return None
    return {
        "description": {"text": f"{fix.message} ({fix.applicability} fix)"},
        "artifactChanges": [{
            "artifactLocation": {"uri": artifact_uri(path)},
            "replacements": [
                {"deletedRegion": _region(e.line, e.column, e.end_line, e.end_column),
                 "insertedContent": {"text": e.content}}
                for e in fix.edits
            ],
        }],
        "properties": {"applicability": fix.applicability},
    }


def _notification(level: str, descriptor: str, text: str, path: str) -> dict[str, Any]:
    return {
        "level": level,
        "descriptor": {"id": descriptor},
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}],
    }


def _escape(text: str) -> str:
    """Literal brackets must be escaped so they are not read as embedded links (SARIF 3.11.6)."""
    return re.sub(r"([\[\]])", r"\\\1", text)


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(?=\s+[A-Z`(]|$)", flat)
    return match.group(1) if match else flat
