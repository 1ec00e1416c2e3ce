"""The language server's text work, kept free of pygls so it runs and tests without the extra.

Everything here is plain Python over leakscan's own types: analyzing a document or a notebook
the way ``leakscan check`` would (same configuration discovery), turning 1-based code-point
positions into LSP positions in the client's encoding, applying fix edits to text, computing
``# noqa`` edits and the repeated "apply every safe fix" pass behind ``source.fixAll``.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from leakscan.api import Options, ScanError, scan_source
from leakscan.config import ConfigError
from leakscan.findings import Edit, Finding
from leakscan.integrations import options_for_path
from leakscan.noqa import add_noqa, source_lines
from leakscan.notebook import NotebookError, apply_cell_edits, read_notebook

Encoding = Literal["utf-8", "utf-16", "utf-32"]
CellKind = Literal["code", "markdown"]

FIX_ALL_ROUNDS = 8  # a fix can expose another leak; a bound keeps a fixer bug from looping forever

_WHERE = re.compile(r"at (?:cell (?P<cell>\d+), )?line (?P<line>\d+), column (?P<col>\d+)")


# --------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------


def code_units(text: str, encoding: str = "utf-16") -> int:
    """The length of ``text`` in the client's position encoding (LSP's default is UTF-16)."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class LineIndex:
    """The lines of one text as Python and LSP count them (``\\n``, ``\\r\\n``, ``\\r``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = source_lines(text)
        self._with_ends = source_lines(text, keepends=True)

    def position(self, line: int, column: int, encoding: str = "utf-16") -> tuple[int, int]:
        """The 0-based LSP (line, character) of a 1-based (line, code-point column)."""
        if line < 1:
            return 0, 0
        if line > len(self.lines):
            if not self.lines or self._with_ends[-1] != self.lines[-1]:
                return len(self.lines), 0  # the empty line after a final line break
            return len(self.lines) - 1, code_units(self.lines[-1], encoding)
        text = self.lines[line - 1]
        col = min(max(column - 1, 0), len(text))
        return line - 1, code_units(text[:col], encoding)

    def line_end(self, line: int, encoding: str = "utf-16") -> tuple[int, int]:
        """The LSP position at the end of a 1-based line's content (before its line break)."""
        if not 1 <= line <= len(self.lines):
            return self.position(line, 1, encoding)
        return line - 1, code_units(self.lines[line - 1], encoding)

    def offset(self, line: int, column: int) -> int:
        """The index in ``text`` of a 1-based (line, column), clamped to the text."""
        if line < 1:
            return 0
        if line > len(self.lines):
            return len(self.text)
        start = sum(len(chunk) for chunk in self._with_ends[: line - 1])
        return start + min(max(column - 1, 0), len(self.lines[line - 1]))


# --------------------------------------------------------------------------------------------
# Documents and their analysis
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One notebook cell as the editor holds it."""

    uri: str
    kind: CellKind
    text: str
    language: str = "python"
    version: int | None = None


@dataclass(frozen=True)
class Snapshot:
    """One version of an open document (a script, or a notebook and its cells), taken on the
    server loop so the analysis thread never reads state the loop is changing."""

    key: str  # the document's URI (the notebook's for notebooks)
    version: int | None
    path: str  # what configuration and findings use; need not exist
    text: str = ""
    cells: tuple[Cell, ...] | None = None

    @property
    def is_notebook(self) -> bool:
        return self.cells is not None

    def cell_uri(self, cell: int | None) -> str:
        """The URI a 1-based cell index (or a script position, ``None``) belongs to."""
        if self.cells is None or cell is None:
            return self.key
        if 1 <= cell <= len(self.cells):
            return self.cells[cell - 1].uri
        return self.cells[-1].uri if self.cells else self.key

    def texts(self) -> dict[str, str]:
        """Every URI of the document and its text."""
        if self.cells is None:
            return {self.key: self.text}
        return {cell.uri: cell.text for cell in self.cells}

    def versions(self) -> dict[str, int | None]:
        """Every URI of the document and the version its text was taken at."""
        if self.cells is None:
            return {self.key: self.version}
        return {cell.uri: cell.version for cell in self.cells}


@dataclass
class Outcome:
    """What one analysis found: findings, or why there are none (``problem``)."""

    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None  # a config error or a file that cannot be analyzed
    kind: Literal["ok", "config", "parse"] = "ok"
    where: tuple[int, int, int | None] | None = None  # (line, column, cell) of a syntax error


def notebook_json(cells: Sequence[Cell]) -> str:
    """The ``.ipynb`` text of the editor's cells, for ``leakscan.notebook`` to read.

    A code cell in another language carries VS Code's ``languageId`` so it is skipped the way
    it would be in the file.
    """
    raw = []
    for cell in cells:
        metadata = {"vscode": {"languageId": cell.language}} if cell.kind == "code" else {}
        entry = {"cell_type": cell.kind, "metadata": metadata, "source": cell.text}
        if cell.kind == "code":
            entry.update(execution_count=None, outputs=[])
        raw.append(entry)
    document = {
        "cells": raw,
        "metadata": {"language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def options_for(path: str) -> Options:
    """The options ``leakscan check`` would use for ``path``; raises ConfigError."""
    return options_for_path(path)


def analyze(snapshot: Snapshot, options: Options | None = None) -> Outcome:
    """Analyze a snapshot; never raises for bad input, config or a fixer bug."""
    try:
        opts = options if options is not None else options_for(snapshot.path)
    except ConfigError as exc:
        return Outcome(problem=f"configuration error: {exc}", kind="config")
    try:
        if snapshot.cells is not None:
            findings = scan_source(notebook_json(snapshot.cells), snapshot.path, options=opts, notebook=True)
        else:
            findings = scan_source(snapshot.text, snapshot.path, options=opts, notebook=False)
    except ScanError as exc:
        return Outcome(problem=str(exc), kind="parse", where=_error_position(str(exc)))
    except (RecursionError, MemoryError) as exc:
        return Outcome(problem=f"cannot analyze: {type(exc).__name__}", kind="parse")
    return Outcome(findings=findings)


def _error_position(message: str) -> tuple[int, int, int | None] | None:
    match = _WHERE.search(message)
    if match is None:
        return None
    cell = match.group("cell")
    return int(match.group("line")), int(match.group("col")), int(cell) if cell else None


# --------------------------------------------------------------------------------------------
# Edits
# --------------------------------------------------------------------------------------------


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with 1-based, end-exclusive edits applied; ValueError if two overlap."""
    index = LineIndex(text)
    spans = sorted(
        ((index.offset(e.line, e.column), index.offset(e.end_line, e.end_column), e.content) for e in edits),
        key=lambda s: (s[0], s[1]),
    )
    for (start, end, _), (next_start, _, _) in zip(spans, spans[1:]):
        if next_start < end:
            raise ValueError("overlapping edits")
    for start, end, content in reversed(spans):
        if end < start:
            raise ValueError("an edit ends before it starts")
        text = text[:start] + content + text[end:]
    return text


def noqa_line(text: str, line: int, code: str) -> str | None:
    """The new content of a 1-based line with ``# noqa: code`` added or merged, or None when
    the line already suppresses it or cannot take a comment (inside a multi-line string)."""
    before = source_lines(text)
    if not 1 <= line <= len(before):
        return None
    after = source_lines(add_noqa(text, {line: [code]}))
    if len(after) != len(before) or after[line - 1] == before[line - 1]:
        return None
    return after[line - 1]


@dataclass(frozen=True)
class LineChange:
    """Replace 1-based lines ``start`` up to (not including) ``end`` with ``text``."""

    start: int
    end: int
    text: str


def line_changes(old: str, new: str) -> list[LineChange]:
    """The smallest whole-line replacements that turn ``old`` into ``new``.

    Editors keep cursors, folds and undo steps better with a few line edits than with one
    replacement of the whole document.
    """
    a = source_lines(old, keepends=True)
    b = source_lines(new, keepends=True)
    out: list[LineChange] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append(LineChange(i1 + 1, i2 + 1, "".join(b[j1:j2])))
    return out


def _pick_safe(findings: Iterable[Finding]) -> list[list[Edit]]:
    """The edit lists of the safe fixes that do not touch one another, in finding order."""
    chosen: list[list[Edit]] = []
    taken: list[tuple[int | None, tuple[int, int], tuple[int, int]]] = []
    for finding in findings:
        fix = finding.fix
        if fix is None or fix.applicability != "safe" or not fix.edits:
            continue
        spans = [(e.cell, (e.line, e.column), (e.end_line, e.end_column)) for e in fix.edits]
        if any(_touch(s, t) for s in spans for t in taken):
            continue  # the next round, on the fixed text, offers it again if it still applies
        chosen.append(list(fix.edits))
        taken.extend(spans)
    return chosen


def _touch(a: tuple[int | None, tuple[int, int], tuple[int, int]], b: tuple[int | None, tuple[int, int], tuple[int, int]]) -> bool:
    if a[0] != b[0]:
        return False
    return a[1] == b[1] or (a[1] < b[2] and b[1] < a[2])


def fix_all_script(text: str, path: str, options: Options) -> str:
    """``text`` with every safe fix applied, re-analyzing until no safe fix is left.

    A round whose result does not parse is dropped: the text of the round before is kept.
    """
    current = text
    for _ in range(FIX_ALL_ROUNDS):
        try:
            findings = scan_source(current, path, options=options, notebook=False)
        except ScanError:
            break
        picked = _pick_safe(findings)
        if not picked:
            break
        try:
            fixed = apply_edits(current, [e for edits in picked for e in edits])
            scan_source(fixed, path, options=options, notebook=False)
        except (ValueError, ScanError):
            break
        if fixed == current:
            break
        current = fixed
    return current


def fix_all_notebook(cells: Sequence[Cell], path: str, options: Options) -> list[Cell]:
    """The cells with every safe fix applied (cell-relative edits, as the findings carry)."""
    current = list(cells)
    for _ in range(FIX_ALL_ROUNDS):
        try:
            document = notebook_json(current)
            findings = scan_source(document, path, options=options, notebook=True)
        except ScanError:
            break
        picked = _pick_safe(findings)
        if not picked:
            break
        try:
            new_sources = apply_cell_edits(read_notebook(document), [e for edits in picked for e in edits])
        except (NotebookError, ValueError, IndexError):
            break
        if not new_sources:
            break
        fixed = [replace(c, text=new_sources.get(k, c.text)) for k, c in enumerate(current, 1)]
        try:
            scan_source(notebook_json(fixed), path, options=options, notebook=True)
        except ScanError:
            break
        current = fixed
    return current


def fix_all(snapshot: Snapshot, options: Options | None = None) -> dict[str, tuple[str, str]]:
    """The texts that change when every safe fix is applied: ``{uri: (old, new)}``.

    Empty when nothing changes, the configuration is broken or the document does not parse.
    """
    try:
        opts = options if options is not None else options_for(snapshot.path)
    except ConfigError:
        return {}
    if snapshot.cells is None:
        new = fix_all_script(snapshot.text, snapshot.path, opts)
        return {snapshot.key: (snapshot.text, new)} if new != snapshot.text else {}
    fixed = fix_all_notebook(snapshot.cells, snapshot.path, opts)
    return {old.uri: (old.text, new.text) for old, new in zip(snapshot.cells, fixed) if old.text != new.text}


def display_path(uri_path: str | None, fallback: str) -> str:
    """The path analysis uses for a document: its file, or a name for unsaved buffers."""
    return os.path.abspath(uri_path) if uri_path else fallback


__all__ = [
    "Cell",
    "LineChange",
    "LineIndex",
    "Outcome",
    "Snapshot",
    "analyze",
    "apply_edits",
    "code_units",
    "display_path",
    "fix_all",
    "fix_all_notebook",
    "fix_all_script",
    "line_changes",
    "noqa_line",
    "notebook_json",
    "options_for",
]
