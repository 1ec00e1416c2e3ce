"""``# noqa`` suppressions with flake8's semantics, so one comment serves flake8 and leakscan.

Line level: ``# noqa`` silences every finding on the line, ``# noqa: LK101,LK301`` (any case,
``:`` then an optional space, codes separated by commas or spaces) only those codes or codes
starting with them. As in flake8, a colon not followed by a code (``# noqa:``, ``# noqa: LK``)
leaves a bare ``# noqa``, which silences everything.

File level: a line that is only ``# flake8: noqa`` or ``# leakscan: noqa`` silences the whole
file. ``# leakscan: noqa: LK101`` silences only those codes; flake8 ignores a file-level
comment with codes, and so does leakscan for ``# flake8: noqa: ...``.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from leakscan.findings import Finding

_CODE = r"[A-Z]+[0-9]+"
NOQA_INLINE = re.compile(rf"# noqa(?::\s?(?P<codes>{_CODE}(?:[,\s]+{_CODE})*))?", re.IGNORECASE)
NOQA_FILE = re.compile(
    rf"\s*#\s*(?P<tool>flake8|leakscan)[:=]\s*noqa(?P<sep>:\s?(?P<codes>{_CODE}(?:[,\s]+{_CODE})*)?)?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[,\s]+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass(frozen=True)
class Noqa:
    """One ``# noqa`` comment: ``codes`` is ``None`` for a bare one that silences everything."""

    codes: tuple[str, ...] | None
    start: int  # where the comment's ``#`` is in the line
    end: int

    def covers(self, code: str) -> bool:
        if self.codes is None:
            return True
        code = code.upper()
        return any(code == c or code.startswith(c) for c in self.codes)


def parse_noqa(line_text: str) -> Noqa | None:
    """The first ``# noqa`` comment on a line, if any."""
    match = NOQA_INLINE.search(line_text)
    if match is None:
        return None
    raw = match.group("codes")
    codes = tuple(c.upper() for c in _SPLIT.split(raw) if c) if raw else None
    return Noqa(codes, match.start(), match.end())


def suppressed(code: str, line_text: str) -> bool:
    """Whether a ``# noqa`` on this line silences ``code``."""
    noqa = parse_noqa(line_text)
    return noqa is not None and noqa.covers(code)


def file_noqa(text: str) -> Noqa | None:
    """The file-level suppression of a file: bare wins over codes; codes add up."""
    codes: list[str] = []
    found = False
    for line in source_lines(text):
        match = NOQA_FILE.match(line)
        if match is None:
            continue
        raw = match.group("codes")
        if match.group("sep") is not None:
            if match.group("tool").lower() == "flake8" or not raw:
                continue  # flake8 ignores file-level codes; ``: `` without codes is malformed
            codes += [c.upper() for c in _SPLIT.split(raw) if c]
            found = True
        else:
            return Noqa(None, 0, 0)
    return Noqa(tuple(dict.fromkeys(codes)), 0, 0) if found else None


def file_suppressed(code: str, text: str) -> bool:
    noqa = file_noqa(text)
    return noqa is not None and noqa.covers(code)


def filter_suppressed(findings: Iterable[Finding], text: str) -> tuple[list[Finding], list[Finding]]:
    """Split findings of one file into (kept, suppressed) by its line and file comments.

    ``text`` is the file the findings' lines index into (for a notebook: call this per cell
    with that cell's source, after checking ``file_noqa`` on the whole notebook).
    """
    lines = source_lines(text)
    whole = file_noqa(text)
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for finding in findings:
        line = lines[finding.line - 1] if 1 <= finding.line <= len(lines) else ""
        if (whole is not None and whole.covers(finding.code)) or suppressed(finding.code, line):
            dropped.append(finding)
        else:
            kept.append(finding)
    return kept, dropped


def add_noqa(text: str, lines_to_codes: Mapping[int, Iterable[str]]) -> str:
    """Add ``# noqa: CODE`` to the given 1-based lines, merging into an existing comment.

    Keeps existing codes and line endings and changes nothing a second time. Lines that
    cannot take a trailing comment without changing the program (inside a multi-line string,
    or ending with a backslash continuation) are left alone.
    """
    lines = source_lines(text, keepends=True)
    blocked = _uncommentable_lines(text)
    for number, wanted in sorted(lines_to_codes.items()):
        if not 1 <= number <= len(lines) or number in blocked:
            continue
        raw = lines[number - 1]
        body = raw.rstrip("\r\n")
        ending = raw[len(body):]
        new_body = _with_codes(body, [c.upper() for c in wanted])
        lines[number - 1] = new_body + ending
    return "".join(lines)


def _with_codes(body: str, wanted: Sequence[str]) -> str:
    noqa = parse_noqa(body)
    if noqa is None:
        codes = sorted(set(wanted))
        return body.rstrip() + "  # noqa: " + ", ".join(codes) if codes else body
    if noqa.codes is None or all(noqa.covers(c) for c in wanted):
        return body  # a bare noqa already covers everything
    merged = list(noqa.codes) + sorted({c for c in wanted if not noqa.covers(c)})
    return body[: noqa.start] + "# noqa: " + ", ".join(merged) + body[noqa.end :]


def unused_noqa(text: str, findings_by_line: Mapping[int, Iterable[str]]) -> list[tuple[int, list[str]]]:
    """``noqa`` comments naming leakscan codes that no finding on their line needed.

    ``findings_by_line`` holds the codes found on each line before suppression. Codes of
    other tools (``E501``) and bare ``# noqa`` comments are not judged.
    """
    out: list[tuple[int, list[str]]] = []
    for number, line in enumerate(source_lines(text), 1):
        noqa = parse_noqa(line)
        if noqa is None or noqa.codes is None:
            continue
        found = [c.upper() for c in findings_by_line.get(number, ())]
        unused = [
            c for c in noqa.codes
            if c.startswith("LK") and not any(f == c or f.startswith(c) for f in found)
        ]
        if unused:
            out.append((number, unused))
    return out


def source_lines(text: str, *, keepends: bool = False) -> list[str]:
    """Lines as Python counts them: split on ``\\n``, ``\\r\\n`` and ``\\r`` only.

    ``str.splitlines`` also splits on form feeds and other separators that can sit inside
    a Python line, which would shift every line number after them.
    """
    lines = _LINE.findall(text)
    return lines if keepends else [line.rstrip("\r\n") for line in lines]


def _uncommentable_lines(text: str) -> set[int]:
    """Lines whose end lies inside a token (a multi-line string) or continues with ``\\``."""
    blocked: set[int] = set()
    commented: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            start, end = token.start[0], token.end[0]
            if token.type == tokenize.COMMENT:
                commented.add(start)
            elif end > start and token.type not in (tokenize.NEWLINE, tokenize.NL):
                blocked.update(range(start, end))
    except (tokenize.TokenError, SyntaxError):
        pass  # broken code: the backslash check below is all we can offer
    for number, line in enumerate(source_lines(text), 1):
        if line.rstrip().endswith("\\") and number not in commented:
            blocked.add(number)
    return blocked
