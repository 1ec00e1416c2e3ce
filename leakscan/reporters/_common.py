"""Helpers every reporter shares: rule lookup, paths, source lines and fingerprints.

Reporters are pure functions of a ``Report``; what they need from the files themselves
(line text for fingerprints and excerpts) comes through ``sources``, a mapping from a
finding's path to the file's text. For a notebook that text may be either the raw
``.ipynb`` JSON, or each cell's source under the key ``"<path>:cell <N>"``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from leakscan.findings import Finding, Location
from leakscan.rules.base import Rule

TOOL_NAME = "leakscan"
TOOL_URI = "https://github.com/leakscan/leakscan"

RuleList = Sequence[type[Rule]]


def resolve_rules(rules: RuleList | None) -> list[type[Rule]]:
    """The rules a report is rendered against: the given list, or the whole registry."""
    if rules is not None:
        return list(rules)
    from leakscan.rules import all_rules

    return all_rules()


def sorted_findings(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: f.sort_key())


def display_path(path: str) -> str:
    """The path as people and CI systems read it: forward slashes, no leading ``./``."""
    out = path.replace("\\", "/")
    while out.startswith("./"):
        out = out[2:]
    return out


def relative_path(path: str) -> str:
    """A path relative to the working directory when it lies inside it (CI wants relative)."""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return display_path(path)
        if not rel.startswith(".."):
            return display_path(rel)
    return display_path(path)


def artifact_uri(path: str) -> str:
    """A SARIF ``uri-reference``: relative where possible, forward slashes, percent-encoded."""
    rel = relative_path(path)
    if os.path.isabs(rel) or re.match(r"^[A-Za-z]:/", rel):
        return "file://" + ("" if rel.startswith("/") else "/") + quote(rel, safe="/:", errors="surrogateescape")
    return quote(rel, safe="/", errors="surrogateescape")  # undecodable names: their bytes


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def normalize_line(text: str) -> str:
    """Line text that survives re-indentation and spacing changes."""
    return " ".join(text.split())


class SourceIndex:
    """Line lookups over ``sources`` for scripts and notebook cells, parsed once."""

    def __init__(self, sources: Mapping[str, str] | None) -> None:
        self._sources: Mapping[str, str] = sources or {}
        self._lines: dict[tuple[str, int | None], list[str] | None] = {}
        self._notebooks: dict[str, list[str] | None] = {}

    def lines(self, path: str, cell: int | None = None) -> list[str] | None:
        """The lines (without line endings) of a script, or of one notebook cell."""
        key = (path, cell)
        if key not in self._lines:
            self._lines[key] = self._load(path, cell)
        return self._lines[key]

    def line(self, loc: Location) -> str | None:
        return self.line_at(loc.path, loc.line, loc.cell)

    def line_at(self, path: str, line: int, cell: int | None = None) -> str | None:
        lines = self.lines(path, cell)
        if lines is None or not 1 <= line <= len(lines):
            return None
        return lines[line - 1]

    def notebook_line(self, path: str, cell: int, line: int) -> int | None:
        """The physical line of ``.ipynb`` JSON that holds a cell's line, when it can be proven.

        Works for the layout Jupyter writes (``"source": [`` then one string per line);
        the decoded string on the found line must equal the cell's line, else ``None``.
        """
        raw = self._sources.get(path)
        cells = self._notebook_cells(path)
        if raw is None or cells is None or not 1 <= cell <= len(cells):
            return None
        expected = _LINE.findall(cells[cell - 1])
        if not 1 <= line <= len(expected):
            return None
        raw_lines = _source_lines(raw)
        seen = 0
        for index, text in enumerate(raw_lines):
            if text.strip() != '"source": [':
                continue
            seen += 1
            if seen != cell:
                continue
            target = index + line
            if target >= len(raw_lines):
                return None
            item = raw_lines[target].strip().rstrip(",")
            try:
                decoded = json.loads(item)
            except ValueError:
                return None
            return target + 1 if decoded == expected[line - 1] else None
        return None

    def _load(self, path: str, cell: int | None) -> list[str] | None:
        if cell is not None:
            text = self._sources.get(f"{path}:cell {cell}")
            if text is None:
                cells = self._notebook_cells(path)
                if cells is None or not 1 <= cell <= len(cells):
                    return None
                text = cells[cell - 1]
            return _source_lines(text)
        text = self._sources.get(path)
        return None if text is None else _source_lines(text)

    def _notebook_cells(self, path: str) -> list[str] | None:
        if path not in self._notebooks:
            self._notebooks[path] = _parse_cells(self._sources.get(path))
        return self._notebooks[path]


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _source_lines(text: str) -> list[str]:
    """Lines as Python counts them (``str.splitlines`` also splits on form feeds)."""
    return [line.rstrip("\r\n") for line in _LINE.findall(text)]


def _parse_cells(raw: str | None) -> list[str] | None:
    if raw is None or not raw.lstrip().startswith("{"):
        return None
    try:
        data: Any = json.loads(raw)
    except ValueError:
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    out: list[str] = []
    for cell in cells:
        source = cell.get("source", "") if isinstance(cell, dict) else ""
        if isinstance(source, list):
            source = "".join(s for s in source if isinstance(s, str))
        out.append(source if isinstance(source, str) else "")
    return out


def line_fingerprints(findings: Sequence[Finding], index: SourceIndex) -> list[tuple[str, int]]:
    """For each finding: a stable hash of (path, code, line text) and its occurrence (1-based).

    The line text is what stays put when code above it moves; without sources the message,
    stripped of numbers (which name lines), stands in. The occurrence tells apart identical
    leaks on identical lines of one file.
    """
    counts: dict[tuple[str, str], int] = {}
    out: list[tuple[str, int]] = []
    for finding in findings:
        loc = finding.location
        text = index.line(loc)
        basis = normalize_line(text) if text is not None else "msg:" + re.sub(r"\d+", "", finding.message)
        digest = hashlib.sha256(f"{finding.code}\0{basis}".encode("utf-8", "surrogatepass")).hexdigest()
        key = (display_path(loc.path), digest)
        counts[key] = counts.get(key, 0) + 1
        out.append((digest, counts[key]))
    return out


def where(loc: Location) -> str:
    """A human position, cell-aware: ``line 8, column 12`` or ``cell 3, line 2, column 1``."""
    prefix = f"cell {loc.cell}, " if loc.cell is not None else ""
    return f"{prefix}line {loc.line}, column {loc.column}"
