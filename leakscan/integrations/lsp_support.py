"""The language server's text work, kept free of pygls so it runs and tests without the extra.

Everything here is plain Python over leakscan's own types: analyzing a document or a notebook
the way ``leakscan check`` would (same configuration discovery), turning 1-based code-point
positions into LSP positions in the client's encoding, ``# noqa`` edits, and the whole-document
fix behind ``source.fixAll`` (the ``--fix`` engine, as line changes an editor applies well).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from leakscan.engine import scan_source
from leakscan.options import Options, ScanError
from leakscan.config import ConfigError
from leakscan.findings import Finding
from leakscan.fixes.apply import fix_source
from leakscan.integrations import options_for_path
from leakscan.noqa import add_noqa, source_lines
from leakscan.notebook import read_notebook

CellKind = Literal["code", "markdown"]

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
    """What one analysis found: findings, and ``problem`` when it could not finish.

    ``partial``: leakscan failed on part of the file (a rule's bug, the time budget) and
    ``findings`` holds what the rest found; the problem is shown once, beside them.
    """

    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None  # a config error or a file that cannot be analyzed
    kind: Literal["ok", "config", "parse", "partial"] = "ok"
    where: tuple[int, int, int | None] | None = None  # (line, column, cell) of a syntax error


def notebook_json(cells: Sequence[Cell]) -> str:
    """The ``.ipynb`` text of the editor's cells, for ``leakscan.notebook`` to read.

    A code cell in another language carries VS Code's ``languageId`` so it is skipped the way
    it would be in the file.
    """
    raw: list[dict[str, object]] = []
    for cell in cells:
        metadata = {"vscode": {"languageId": cell.language}} if cell.kind == "code" else {}
        entry: dict[str, object] = {"cell_type": cell.kind, "metadata": metadata, "source": cell.text}
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
        if exc.findings or not exc.cacheable:  # leakscan's own failure, not the file's
            return Outcome(findings=exc.findings, problem=str(exc), kind="partial")
        return Outcome(problem=str(exc), kind="parse", where=_error_position(str(exc)))
    except (RecursionError, MemoryError) as exc:
        return Outcome(problem=f"cannot analyze: {type(exc).__name__}", kind="parse")
    except Exception as exc:  # noqa: BLE001 - a bug in a rule must not take the server down
        return Outcome(problem=f"internal error: {type(exc).__name__}: {exc}", kind="parse")
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


def fix_all(snapshot: Snapshot, options: Options | None = None) -> dict[str, tuple[str, str]]:
    """The texts that change when every safe fix is applied: ``{uri: (old, new)}``.

    The fix engine of ``leakscan check --fix`` does the work (rounds of analysis, fixes that
    break the code dropped). Empty when nothing changes, the configuration is broken or the
    document does not parse.
    """
    try:
        opts = options if options is not None else options_for(snapshot.path)
    except ConfigError:
        return {}
    if snapshot.cells is None:
        try:
            new = fix_source(snapshot.text, snapshot.path, options=opts).fixed
        except Exception:  # noqa: BLE001 - ScanError, or a fixer bug: offer no fix, keep serving
            return {}
        return {snapshot.key: (snapshot.text, new)} if new != snapshot.text else {}
    path = snapshot.path if snapshot.path.endswith(".ipynb") else snapshot.path + ".ipynb"
    try:
        fixed = read_notebook(fix_source(notebook_json(snapshot.cells), path, options=opts).fixed)
    except Exception:  # noqa: BLE001 - ScanError, NotebookError, or a fixer bug
        return {}
    out: dict[str, tuple[str, str]] = {}
    for number, cell in enumerate(snapshot.cells, 1):
        new = fixed.cell_source(number)
        if new != cell.text:
            out[cell.uri] = (cell.text, new)
    return out


__all__ = [
    "Cell",
    "LineChange",
    "LineIndex",
    "Outcome",
    "Snapshot",
    "analyze",
    "code_units",
    "fix_all",
    "line_changes",
    "noqa_line",
    "notebook_json",
    "options_for",
]
