"""Positions on demand: line and column of a node, computed only for nodes a finding names.

libcst's ``PositionProvider`` renders the whole tree with position tracking, which costs about
twice the parse. A clean file needs no position at all, and a file with findings needs a
handful, so this module renders only the top-level statements that hold those nodes, once
each, recording character offsets (cheap) rather than lines and columns (a split of every
token); lines and columns are then derived for the nodes asked about.

A statement's first line comes from finding its rendering in the source text, a string
search rather than a render of everything before it: libcst round-trips text exactly, so the
rendering is a substring of the source. When it occurs more than once between statements
already placed (``import pandas as pd`` twice), or the source is not known, the statements
before it are rendered to count lines instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import libcst as cst
from libcst._nodes.internal import CodegenState
from libcst._position import CodePosition, CodeRange

_NEWLINE = re.compile(r"\r\n?|\n")
_TRAILING_NEWLINE = re.compile(r"(?:\r\n?|\n)\Z")


@dataclass
class _OffsetState(CodegenState):
    """Renders like libcst's ``PositionProvidingCodegenState`` but records character offsets.

    Offsets cost an addition per token where line/column tracking splits every token on
    newlines and builds two position objects per node; lines and columns are then derived
    only for the nodes asked about.
    """

    offset: int = 0
    spans: dict[cst.CSTNode, tuple[int, int]] = field(default_factory=dict)
    stack: list[int] = field(default_factory=list)

    def add_indent_tokens(self) -> None:
        self.tokens.extend(self.indent_tokens)
        for token in self.indent_tokens:
            self.offset += len(token)

    def add_token(self, value: str) -> None:
        self.tokens.append(value)
        self.offset += len(value)

    def before_codegen(self, node: cst.CSTNode) -> None:
        self.stack.append(self.offset)

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self.stack.pop()
        if node not in self.spans:  # a syntactic position recorded inside wins, as in libcst
            self.spans[node] = (start, self.offset)

    @contextmanager
    def record_syntactic_position(
        self, node: cst.CSTNode, *, start_node: cst.CSTNode | None = None, end_node: cst.CSTNode | None = None
    ) -> Iterator[None]:
        start = self.offset
        try:
            yield
        finally:
            end = self.offset
            if start_node is not None:
                start = self.spans[start_node][0]
            if end_node is not None:
                end = self.spans[end_node][1]
            self.spans[node] = (start, end)


@dataclass
class _Rendered:
    """One top-level statement rendered: node offsets, and how offsets map to lines."""

    first_line: int
    line_starts: list[int]  # offset of each line's first character in the rendering
    spans: dict[cst.CSTNode, tuple[int, int]]

    def position(self, offset: int) -> CodePosition:
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return CodePosition(self.first_line + i, offset - self.line_starts[i])

    def range(self, node: cst.CSTNode) -> CodeRange | None:
        span = self.spans.get(node)
        if span is None:
            return None
        return CodeRange(self.position(span[0]), self.position(span[1]))


class Locator:
    """Node positions for one module; ``text`` is the source it was parsed from, when known."""

    def __init__(self, module: cst.Module, text: str | None = None) -> None:
        self.module = module
        self.text = text
        self._starts: list[int] = []  # first line of each top-level statement's rendering, in order
        self._lines: dict[int, int] = {}  # top -> first line, found by searching ``text``
        self._spans: dict[int, tuple[int, int]] = {}  # top -> its rendering's offsets in ``text``
        self._rendered: dict[int, _Rendered] = {}
        self._ranges: dict[cst.CSTNode, CodeRange] = {}

    # ----------------------------------------------------------------- statement lines
    def _start_line(self, top: int) -> int:
        """The first line of top-level statement ``top``'s rendering (its leading comments too)."""
        found = self._lines.get(top)
        if found is not None:
            return found
        if self.text is not None and 0 <= top < len(self.module.body):
            found = self._line_in_text(top, self.module.code_for_node(self.module.body[top]))
            if found is not None:
                return found
        return self._start_line_by_rendering(top)

    def _line_in_text(self, top: int, code: str) -> int | None:
        """Where ``code`` (statement ``top`` rendered) sits in the source, if that is certain."""
        text = self.text
        if text is None or not code:
            return None
        lo, hi = 0, len(text)
        for other, (start, end) in self._spans.items():  # statements are in order in the text
            if other < top:
                lo = max(lo, end)
            elif other > top:
                hi = min(hi, start)
        module = self.module
        if top == len(module.body) - 1 and not module.footer and not module.has_trailing_newline:
            # The module drops the file's last newline when the source has none: the last
            # statement's rendering then ends the text, one newline short.
            code = _TRAILING_NEWLINE.sub("", code)
            at = len(text) - len(code)
            if at < lo or not text.endswith(code):
                return None
        else:
            at = text.find(code, lo, hi)
            if at < 0 or text.find(code, at + 1, hi) >= 0:
                return None
        self._spans[top] = (at, at + len(code))
        line = 1 + (len(_NEWLINE.findall(text, 0, at)) if "\r" in text else text.count("\n", 0, at))
        self._lines[top] = line
        return line

    def _start_line_by_rendering(self, top: int) -> int:
        if not self._starts:
            line = 1
            for empty in self.module.header:
                line += len(_NEWLINE.findall(self.module.code_for_node(empty)))
            self._starts.append(line)
        while len(self._starts) <= top:
            i = len(self._starts) - 1
            code = self.module.code_for_node(self.module.body[i])
            self._starts.append(self._starts[-1] + len(_NEWLINE.findall(code)))
        return self._starts[top]

    # ----------------------------------------------------------------- node ranges
    def range(self, node: cst.CSTNode, top: int) -> CodeRange:
        """The node's range: 1-based lines, 0-based columns (libcst's convention)."""
        found = self._ranges.get(node)
        if found is not None:
            return found
        if 0 <= top < len(self.module.body):
            found = self._render(top).range(node)
        if found is None:  # not under that statement: look under every one
            for i in range(len(self.module.body)):
                found = self._render(i).range(node)
                if found is not None:
                    break
        if found is None:
            raise LookupError("node is not part of this module")
        self._ranges[node] = found
        return found

    def _render(self, top: int) -> _Rendered:
        """Statement ``top`` rendered once, with the offsets of every node inside it."""
        got = self._rendered.get(top)
        if got is not None:
            return got
        state = _OffsetState(default_indent=self.module.default_indent, default_newline=self.module.default_newline)
        self.module.body[top]._codegen(state)
        code = "".join(state.tokens)
        start = self._lines.get(top)
        if start is None and self.text is not None:
            start = self._line_in_text(top, code)
        if start is None:
            start = self._start_line_by_rendering(top)
        line_starts = [0, *(m.end() for m in _NEWLINE.finditer(code))]
        got = self._rendered[top] = _Rendered(start, line_starts, state.spans)
        return got

    def snippet(self, node: cst.CSTNode, limit: int = 60) -> str:
        """The node's source text on one line, shortened for messages."""
        text = " ".join(self.module.code_for_node(node).split())
        return text if len(text) <= limit else text[: limit - 3] + "..."
