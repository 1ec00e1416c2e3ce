"""Reading indentation the way CPython does, for programs libcst's tokenizer refuses.

CPython measures indentation with tabs advancing to the next multiple of 8 columns (a form
feed resets the count) and accepts tabs and spaces mixed as long as the result is unambiguous.
libcst's tokenizer rejects some of those programs ("no matching outer block for dedent"). For
them leakscan rewrites each line's leading whitespace to the spaces CPython counts (never inside
a string), analyzes that, and maps every column back to the original text with ``Relayout``.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass, field

TAB_SIZE = 8  # CPython's tokenizer


@dataclass
class Relayout:
    """The program as analyzed, and each changed line's (original, new) indentation widths."""

    text: str
    lines: dict[int, tuple[str, int]] = field(default_factory=dict)  # 1-based line -> (original prefix, new width)

    def column(self, line: int, column: int) -> int:
        """A 1-based column of the analyzed text as a column of the original text."""
        changed = self.lines.get(line)
        if changed is None:
            return column
        prefix, width = changed
        offset = column - 1
        if offset >= width:
            return offset - width + len(prefix) + 1
        for index, col in enumerate(_columns(prefix)):  # inside the indentation: the char there
            if col >= offset:
                return index + 1
        return len(prefix) + 1


def relayout(text: str) -> Relayout | None:
    """The text with CPython's indentation spelled in spaces; None when no line has a tab in it
    (nothing to do) or the text does not tokenize (then it is not valid Python anyway)."""
    if "\t" not in text:
        return None
    inside = _string_interiors(text)
    if inside is None:
        return None
    out: list[str] = []
    changed: dict[int, tuple[str, int]] = {}
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        body = line.lstrip(" \t\f")
        prefix = line[: len(line) - len(body)]
        if "\t" in prefix and number not in inside and body.strip():
            width = _width(prefix)
            changed[number] = (prefix, width)
            line = " " * width + body
        out.append(line)
    if not changed:
        return None
    return Relayout("".join(out), changed)


def _width(prefix: str) -> int:
    col = 0
    for char in prefix:
        if char == "\t":
            col = (col // TAB_SIZE + 1) * TAB_SIZE
        elif char == "\f":
            col = 0
        else:
            col += 1
    return col


def _columns(prefix: str) -> list[int]:
    """The column (CPython's count) at which each character of ``prefix`` starts."""
    cols = []
    for i in range(len(prefix)):
        cols.append(_width(prefix[:i]))
    return cols


def _string_interiors(text: str) -> set[int] | None:
    """Lines that continue a string started on an earlier line (their whitespace is data)."""
    inside: set[int] = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.STRING or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        return None
    return inside
