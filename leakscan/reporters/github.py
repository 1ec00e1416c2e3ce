"""GitHub Actions workflow commands: one annotation per finding, shown on the PR's diff.

``::error file=train.py,line=8,col=12,endLine=8,endColumn=35,title=leakscan (LK101)::message``

GitHub refuses ``col``/``endColumn`` on a range that spans lines, so those are dropped there.
A notebook annotation points at the cell's line in the ``.ipynb`` JSON when it can be found
(see ``SourceIndex.notebook_line``), else at the file, and names the cell in the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from leakscan.findings import Finding, Report
from leakscan.reporters._common import TOOL_NAME, SourceIndex, relative_path, sorted_findings


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, sources: Mapping[str, str] | None = None) -> str:
    index = SourceIndex(sources)
    out = [_annotation(f, index) for f in sorted_findings(report.findings)]
    for error in sorted(report.errors, key=lambda e: e.path):
        props = _props([("file", relative_path(error.path)), ("title", f"{TOOL_NAME} (file error)")])
        out.append(f"::error {props}::{escape_data(error.message)}")
    return "".join(line + "\n" for line in out)


def _annotation(finding: Finding, index: SourceIndex) -> str:
    loc = finding.location
    props: list[tuple[str, str | int]] = [("file", relative_path(loc.path))]
    message = finding.message
    if loc.cell is not None:
        message = f"cell {loc.cell}, line {loc.line}, column {loc.column}: {message}"
        line = index.notebook_line(loc.path, loc.cell, loc.line)
        if line is not None:
            props.append(("line", line))
    else:
        props.append(("line", loc.line))
        multiline = loc.end_line is not None and loc.end_line != loc.line
        if not multiline:
            props.append(("col", loc.column))
        if loc.end_line is not None:
            props.append(("endLine", loc.end_line))
            if not multiline and loc.end_column is not None:
                props.append(("endColumn", loc.end_column))
    props.append(("title", f"{TOOL_NAME} ({finding.code})"))
    command = "error" if finding.severity == "error" else "warning"
    return f"::{command} {_props(props)}::{escape_data(message)}"


def _props(props: list[tuple[str, str | int]]) -> str:
    return ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
