"""``leakscan check --add-noqa`` and ``--show-unused-noqa``: managing ``# noqa`` comments.

``--add-noqa`` is how a project adopts leakscan on old code: every current finding gets a
``# noqa: LKnnn`` on its line, so that CI fails only on new leaks. ``--show-unused-noqa`` is
the cleanup that follows (ruff's RUF100): a comment that names an LK code no finding on its
line needs any more hides the next real leak on that line. Neither invents a rule code; unused
comments are reported in their own section (``"unused_noqa"`` in JSON).
"""

from __future__ import annotations

import os
import tokenize
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from leakscan import tempfiles
from leakscan.findings import FileError, Finding, Report
from leakscan.noqa import add_noqa, file_noqa, filter_suppressed, source_lines, unused_noqa


@dataclass(frozen=True)
class UnusedNoqa:
    """A ``# noqa`` comment naming LK codes that suppressed nothing on its line."""

    path: str
    line: int
    codes: tuple[str, ...]
    cell: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "cell": self.cell, "codes": list(self.codes)}

    def text(self) -> str:
        where = f"cell {self.cell}:{self.line}" if self.cell is not None else str(self.line)
        codes = ", ".join(self.codes)
        from leakscan.reporters._common import display_path

        return f"{display_path(self.path)}:{where}: unused noqa: {codes} (no {codes} finding on this line)"


def apply_suppressions(report: Report, paths: Iterable[str], read: Callable[[str], str]) -> list[UnusedNoqa]:
    """Drop the findings that ``# noqa`` comments suppress, and list the comments that
    suppressed nothing. ``report`` must come from a scan with ``honor_noqa=False`` over
    ``paths``; ``read`` returns a file's text as leakscan analyzes it (``api.read_source``).
    """
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_path[finding.path].append(finding)
    failed = {e.path for e in report.errors}
    kept: list[Finding] = []
    unused: list[UnusedNoqa] = []
    done: set[str] = set()
    for path in [*paths, *by_path]:
        if path in done or path in failed:
            continue
        done.add(path)
        findings = by_path.get(path, [])
        try:
            text = read(path)
        except Exception:  # noqa: BLE001 - unreadable now: keep what the scan found
            kept.extend(findings)
            continue
        if "noqa" not in text.lower():
            kept.extend(findings)
            continue
        if path.endswith(".ipynb"):
            file_kept, file_unused = _notebook(path, text, findings)
        else:
            file_kept, file_unused = _script(path, text, findings)
        kept.extend(file_kept)
        unused.extend(file_unused)
    report.findings = sorted(kept, key=Finding.sort_key)
    return sorted(unused, key=lambda u: (u.path, u.cell or 0, u.line))


def _by_line(findings: Iterable[Finding]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for finding in findings:
        out[finding.line].append(finding.code)
    return out


def _script(path: str, text: str, findings: list[Finding]) -> tuple[list[Finding], list[UnusedNoqa]]:
    kept, _ = filter_suppressed(findings, text)
    unused = [UnusedNoqa(path, line, tuple(codes)) for line, codes in unused_noqa(text, _by_line(findings))]
    return kept, unused


def _notebook(path: str, text: str, findings: list[Finding]) -> tuple[list[Finding], list[UnusedNoqa]]:
    from leakscan.notebook import NotebookError, read_notebook

    try:
        notebook = read_notebook(text)
    except NotebookError:
        return findings, []
    whole = file_noqa(notebook.text)
    kept: list[Finding] = []
    unused: list[UnusedNoqa] = []
    by_cell: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_cell[finding.location.cell or 0].append(finding)
    for cell in notebook.code_cells:
        source = notebook.cell_source(cell)
        everything = by_cell.pop(cell, [])
        cell_findings = everything
        if whole is not None:
            cell_findings = [f for f in everything if not whole.covers(f.code)]
        cell_kept, _ = filter_suppressed(cell_findings, source)
        kept.extend(cell_kept)
        for line, codes in unused_noqa(source, _by_line(everything)):
            unused.append(UnusedNoqa(path, line, tuple(codes), cell))
    for rest in by_cell.values():  # findings outside analyzed cells (should not happen)
        kept.extend(rest)
    return kept, unused


def with_unused(rendered: str, fmt: str, unused: Sequence[UnusedNoqa]) -> tuple[str, str]:
    """(report, note for stderr): the report with the unused comments added where its format
    has room for them (a text section, a JSON key), else the list goes to stderr."""
    if fmt == "json":
        import json

        data = json.loads(rendered)
        data["unused_noqa"] = [u.to_dict() for u in unused]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n", ""
    if not unused:
        return rendered, ""
    section = "\n".join([f"Unused noqa comments ({len(unused)}):", *(u.text() for u in unused)]) + "\n"
    if fmt == "text":
        return rendered + section, ""
    return rendered, section


# --------------------------------------------------------------------------- --add-noqa


@dataclass
class NoqaResult:
    """What ``--add-noqa`` did: comments added per file, and what it left alone and why."""

    added: dict[str, int] = field(default_factory=dict)  # path -> lines that got a comment
    notebook_findings: int = 0  # findings in notebooks (not edited)
    skipped_lines: int = 0  # lines that cannot take a comment (inside a string, after ``\``)
    errors: list[FileError] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.added.values())

    def summary(self) -> list[str]:
        files = len(self.added)
        lines = [f"Added {self.total} noqa comment{'s' if self.total != 1 else ''} "
                 f"to {files} file{'s' if files != 1 else ''}."]
        if self.skipped_lines:
            lines.append(f"{self.skipped_lines} line(s) left alone: a comment there would change the "
                         "program (inside a multi-line string or after a backslash continuation).")
        if self.notebook_findings:
            lines.append(f"{self.notebook_findings} finding(s) in notebooks left alone: --add-noqa edits "
                         ".py files only; add `# noqa: LKnnn` in the cell by hand.")
        return lines


def add_noqa_comments(findings: Sequence[Finding]) -> NoqaResult:
    """Append ``# noqa: LKnnn`` to every line of a ``.py`` file that has a finding.

    Each file keeps its encoding (PEP 263 or BOM) and line endings and is replaced atomically.
    """
    result = NoqaResult()
    wanted: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for finding in findings:
        if finding.location.cell is not None or finding.path.endswith(".ipynb"):
            result.notebook_findings += 1
        else:
            wanted[finding.path][finding.line].add(finding.code)
    for path, lines in sorted(wanted.items()):
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            encoding, _ = tokenize.detect_encoding(iter(data.splitlines(keepends=True)).__next__)
            text = data.decode(encoding)
            new_text = add_noqa(text, lines)
            before, after = source_lines(text), source_lines(new_text)
            changed = sum(1 for a, b in zip(before, after) if a != b)
            result.skipped_lines += sum(
                1 for number in lines
                if 1 <= number <= len(after) and after[number - 1] == before[number - 1]
                and not _covered(after[number - 1], lines[number])
            )
            if changed:
                write_atomic(path, new_text.encode(encoding))
                result.added[path] = changed
        except (OSError, SyntaxError, UnicodeError, LookupError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            result.errors.append(FileError(path, f"cannot add noqa comments: {reason}"))
    return result


def _covered(line: str, codes: Iterable[str]) -> bool:
    from leakscan.noqa import parse_noqa

    noqa = parse_noqa(line)
    return noqa is not None and all(noqa.covers(c) for c in codes)


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that an interrupted run leaves the old file or the new
    one, never half of one; the file keeps its permission bits."""
    mode = os.stat(path).st_mode & 0o7777
    fd, tmp = tempfiles.create(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["NoqaResult", "UnusedNoqa", "add_noqa_comments", "apply_suppressions", "with_unused", "write_atomic"]
