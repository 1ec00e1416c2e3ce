"""Applying fixes to files: ``leakscan check --fix`` and ``--diff``.

Fixes are applied in rounds: analyze, take the fixable findings whose edits do not touch each
other, apply them, check that the program still parses, analyze again - so overlapping fixes
go one at a time, each computed on the code the previous one produced. A result that does not
parse is dropped (and reported), never written. Files are written atomically (a temporary file
in the same folder, then ``os.replace``), with their mode, encoding and newlines kept;
notebooks change only the source of the changed cells.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import stat
import time
import tokenize
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from leakscan.api import Options, Parsed, ScanError, analyze, decode_source, file_budget, parse_source, read_bytes
from leakscan import tempfiles
from leakscan.findings import Edit, FileError, Finding, Report
from leakscan.notebook import NotebookError, NotebookSource, apply_cell_edits, read_notebook, replace_cell_sources

MAX_ROUNDS = 10
_NEWLINE = re.compile(r"\r\n?|\n")


@dataclass
class FixResult:
    """What fixing one file did."""

    path: str
    original: str  # the file's text (a notebook's JSON)
    fixed: str  # the text after the fixes (== original when nothing applied)
    applied: list[Finding] = field(default_factory=list)  # the findings whose fixes were applied
    remaining: list[Finding] = field(default_factory=list)  # findings in the fixed text
    before: list[Finding] = field(default_factory=list)  # findings in the original text
    failed: list[str] = field(default_factory=list)  # fixes dropped because the result did not parse
    error: FileError | None = None
    written: bool = False

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def wanted(finding: Finding, unsafe: bool) -> bool:
    """Is this finding's fix one to apply (safe ones always, unsafe ones on request)?"""
    return finding.fix is not None and bool(finding.fix.edits) and (unsafe or finding.fix.applicability == "safe")


def fix_source(text: str, path: str, *, unsafe: bool = False, options: Options | None = None, max_rounds: int = MAX_ROUNDS) -> FixResult:
    """Apply the fixes to a program's text in memory (a notebook's JSON for ``.ipynb``).

    Raises ScanError when the original text cannot be analyzed.
    """
    result = FixResult(path, text, text)
    current = text
    parsed = parse_source(current, path)
    findings = analyze(parsed, options)
    result.before = findings
    dropped: set[tuple[str, str, str]] = set()
    for _ in range(max_rounds):
        todo = [f for f in findings if wanted(f, unsafe) and _key(f) not in dropped]
        if not todo:
            break
        batch = _independent(todo)
        step = _try(current, path, batch, parsed.notebook is not None)
        if step is None:  # some fix in the batch breaks the code: find it, one by one
            for finding in batch:
                single = _try(current, path, [finding], parsed.notebook is not None)
                if single is None:
                    dropped.add(_key(finding))
                    result.failed.append(_describe(finding, "the fixed code would not parse"))
                    continue
                step = single
                batch = [finding]
                break
            if step is None:
                continue
        new_text, new_parsed = step
        if new_text == current:
            dropped.update(_key(f) for f in batch)
            continue
        result.applied.extend(batch)
        current, parsed = new_text, new_parsed
        findings = analyze(parsed, options)
    result.fixed = current
    result.remaining = findings
    return result


def _key(finding: Finding) -> tuple[str, str, str]:
    return (finding.code, finding.message, finding.fix.message if finding.fix else "")


def _describe(finding: Finding, why: str) -> str:
    loc = finding.location
    where = f"cell {loc.cell}, line {loc.line}" if loc.cell is not None else f"line {loc.line}"
    return f"{loc.path}: {finding.code} at {where}: fix not applied ({why})"


def _span(edit: Edit) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    cell = edit.cell or 0
    return (cell, edit.line, edit.column), (cell, edit.end_line, edit.end_column)


def _independent(findings: Sequence[Finding]) -> list[Finding]:
    """The first findings (in file order) whose edits neither overlap nor touch each other."""
    chosen: list[Finding] = []
    taken: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = []
    for finding in sorted(findings, key=Finding.sort_key):
        spans = [_span(e) for e in finding.fix.edits]  # type: ignore[union-attr]
        if any(a[0] <= b[1] and b[0] <= a[1] for a in spans for b in taken):
            continue
        chosen.append(finding)
        taken.extend(spans)
    return chosen


def _try(text: str, path: str, batch: Sequence[Finding], notebook: bool) -> tuple[str, Parsed] | None:
    """The text with the batch's fixes applied, if it still parses (with its parse)."""
    edits = [e for f in batch for e in f.fix.edits]  # type: ignore[union-attr]
    try:
        new = apply_notebook_edits(text, edits) if notebook else apply_edits(text, edits)
        return new, parse_source(new, path)
    except (ScanError, NotebookError, ValueError):
        return None


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply 1-based, end-exclusive edits to a text; overlapping edits are refused."""
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def offset(line: int, column: int) -> int:
        if line > len(starts):
            return len(text)
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(text)
        return min(start + column - 1, end)

    spans = sorted((offset(e.line, e.column), offset(e.end_line, e.end_column), e.content) for e in edits)
    for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
        if start < end:
            raise ValueError("overlapping edits")
    for start, end, content in reversed(spans):
        if end < start:
            raise ValueError("an edit ends before it starts")
        text = text[:start] + content + text[end:]
    return text


def apply_notebook_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply cell edits (``Edit.cell`` set) to a notebook's JSON text, outputs untouched."""
    nb = read_notebook(text)
    return replace_cell_sources(nb.original or text, apply_cell_edits(nb, edits))


# --------------------------------------------------------------------- files
def apply_fixes(path: str, *, unsafe: bool = False, options: Options | None = None, write: bool = True) -> FixResult:
    """Fix one file; never raises for bad input: problems come back in ``FixResult.error``."""
    try:
        data = read_bytes(path)
        text = decode_source(data, path)
        with file_budget(options or Options()):  # a pathological file is an error, not a hang
            result = fix_source(text, path, unsafe=unsafe, options=options)
    except ScanError as exc:
        return FixResult(path, "", "", error=FileError(path, str(exc)))
    if not result.changed or not write:
        return result
    try:
        new_data = _encode(result.fixed, data, path)
        write_atomic(path, new_data, expected=data)
        result.written = True
    except (OSError, UnicodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        result.error = FileError(path, f"cannot write the fixes: {reason}")
        result.remaining = result.before  # nothing was written: the original findings stand
    return result


def _encode(text: str, original: bytes, path: str) -> bytes:
    """The text in the file's own encoding (PEP 263 declaration or byte order mark kept)."""
    if path.endswith(".ipynb"):
        return text.encode("utf-8-sig" if original.startswith(b"\xef\xbb\xbf") else "utf-8")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(original).readline)
    except SyntaxError:
        encoding = "utf-8"
    return text.encode(encoding)


def write_atomic(path: str, data: bytes, *, expected: bytes | None = None) -> None:
    """Replace a file's content atomically, keeping its mode; the original survives any failure.

    A read-only file is refused (``os.replace`` would happily replace it). With ``expected``,
    a file that changed since it was read is refused too.
    """
    real = os.path.realpath(path)
    info = os.stat(real)
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(real, os.W_OK):
        raise PermissionError(13, "file is read-only", path)
    if expected is not None:
        with open(real, "rb") as fh:
            if fh.read() != expected:
                raise OSError(0, "file changed while it was being fixed", path)
    fd, tmp = tempfiles.create(real)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def fix_paths(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    unsafe: bool = False,
    write: bool = True,
    exclude: Sequence[str] = (),
    extend_exclude: Sequence[str] = (),
) -> tuple[Report, list[FixResult]]:
    """Fix every file under ``paths``; the report holds what remains (and every error)."""
    from leakscan.sources import discover

    start = time.perf_counter()
    files, errors = discover(paths, exclude=exclude, extend_exclude=extend_exclude)
    report = Report(errors=list(errors), files=len(files))
    if write:  # what a killed run left beside the files it was fixing
        for folder in dict.fromkeys(os.path.dirname(os.path.abspath(p)) for p in files):
            tempfiles.remove_stale(folder)
    results = []
    for path in files:
        result = apply_fixes(path, unsafe=unsafe, options=options, write=write)
        results.append(result)
        report.findings.extend(result.remaining)
        if result.error is not None:
            report.errors.append(result.error)
    report.findings.sort(key=Finding.sort_key)
    report.errors.sort(key=lambda e: e.path)
    report.seconds = time.perf_counter() - start
    return report, results


# --------------------------------------------------------------------- diffs
def unified_diff(result: FixResult) -> str:
    """The change as a unified diff (per cell for notebooks); empty when nothing changes."""
    if not result.changed:
        return ""
    if not result.path.endswith(".ipynb"):
        return _diff(result.original, result.fixed, result.path, result.path)
    try:
        old, new = read_notebook(result.original), read_notebook(result.fixed)
        changed = [c for c in range(1, old.cell_count + 1) if old.cell_source(c) != new.cell_source(c)]
        removed, added = _moves(old, new, changed)
        out = []
        for cell in changed:
            a, b = old.cell_source(cell), new.cell_source(cell)
            name = f"{result.path}:cell {cell}"
            note = ""
            if cell in removed and added - {cell}:
                note = f" (statements moved to cell {', '.join(str(c) for c in sorted(added - {cell}))})"
            elif cell in added and removed - {cell}:
                note = f" (statements moved here from cell {', '.join(str(c) for c in sorted(removed - {cell}))})"
            out.append(_diff(a, b, name + note, name + note))
        return "".join(out)
    except NotebookError:
        return _diff(result.original, result.fixed, result.path, result.path)


def _moves(old: NotebookSource, new: NotebookSource, cells: list[int]) -> tuple[set[int], set[int]]:
    """The changed cells that only lose lines and those that only gain lines: a fix that moves
    statements after a split in a later cell shows as one of each, and the diff says so."""
    removed: set[int] = set()
    added: set[int] = set()
    for cell in cells:
        a, b = _lines(old.cell_source(cell)), _lines(new.cell_source(cell))
        ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
        if ops and all(op[0] == "delete" for op in ops):
            removed.add(cell)
        elif ops and all(op[0] == "insert" for op in ops):
            added.add(cell)
    return removed, added


def _diff(a: str, b: str, from_name: str, to_name: str) -> str:
    lines = list(difflib.unified_diff(_lines(a), _lines(b), fromfile=from_name, tofile=to_name))
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


def summary_line(results: Sequence[FixResult], remaining: int) -> str:
    """``Fixed 3 leaks (1 remaining).``"""
    fixed = sum(len(r.applied) for r in results if r.error is None)
    noun = "leak" if fixed == 1 else "leaks"
    return f"Fixed {fixed} {noun} ({remaining} remaining)."


__all__ = [
    "FixResult",
    "apply_edits",
    "apply_fixes",
    "apply_notebook_edits",
    "fix_paths",
    "fix_source",
    "summary_line",
    "unified_diff",
    "wanted",
    "write_atomic",
]
