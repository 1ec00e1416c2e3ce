"""Positions on demand: line and column of a node, computed only for nodes a finding names.

libcst's ``PositionProvider`` renders the whole tree with position tracking, which costs about
twice the parse. A clean file needs no position at all, and a file with findings needs a
handful, so this module renders only the top-level statements that hold those nodes: one
tracked render of a statement gives the nodes inside it, relative to the statement, and the
statement's first line comes from finding its rendering in the source text (a string search,
not a render of everything before it). libcst round-trips text exactly, so the rendering is
a substring of the source; when it occurs more than once between statements already placed
(``import pandas as pd`` twice), the statements before it are rendered to count lines.
"""

from __future__ import annotations

import re

import libcst as cst
from libcst.metadata.position_provider import PositionProvidingCodegenState
from libcst._position import CodePosition, CodeRange

_NEWLINE = re.compile(r"\r\n?|\n")
_TRAILING_NEWLINE = re.compile(r"(?:\r\n?|\n)\Z")


class _Sink:
    """Stands in for a metadata provider: the codegen state writes ranges into ``_computed``."""

    def __init__(self) -> None:
        self._computed: dict[cst.CSTNode, CodeRange] = {}


class Locator:
    """Node positions for one module; ``text`` is the source it was parsed from, when known."""

    def __init__(self, module: cst.Module, text: str | None = None) -> None:
        self.module = module
        self.text = text
        self._starts: list[int] = []  # first line of each top-level statement's rendering, in order
        self._lines: dict[int, int] = {}  # top -> first line, found by searching ``text``
        self._spans: dict[int, tuple[int, int]] = {}  # top -> its rendering's offsets in ``text``
        self._done: set[int] = set()
        self._sink = _Sink()

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
        found = self._sink._computed.get(node)
        if found is not None:
            return found
        if top not in self._done and 0 <= top < len(self.module.body):
            self._done.add(top)
            self._render(top)
        found = self._sink._computed.get(node)
        if found is None:  # not under that statement: fall back to rendering everything
            for i in range(len(self.module.body)):
                if i not in self._done:
                    self.range(self.module.body[i], i)
            found = self._sink._computed.get(node)
        if found is None:
            raise LookupError("node is not part of this module")
        return found

    def _render(self, top: int) -> None:
        """One tracked render of statement ``top`` from line 1, then shifted to its real line."""
        sink = _Sink()
        state = PositionProvidingCodegenState(
            default_indent=self.module.default_indent,
            default_newline=self.module.default_newline,
            provider=sink,  # type: ignore[arg-type]
        )
        self.module.body[top]._codegen(state)
        start = self._lines.get(top)
        if start is None and self.text is not None:
            start = self._line_in_text(top, "".join(state.tokens))
        if start is None:
            start = self._start_line_by_rendering(top)
        shift = start - 1
        computed = self._sink._computed
        if not shift:
            computed.update(sink._computed)
            return
        for n, r in sink._computed.items():
            computed[n] = CodeRange(
                CodePosition(r.start.line + shift, r.start.column), CodePosition(r.end.line + shift, r.end.column)
            )

    def snippet(self, node: cst.CSTNode, limit: int = 60) -> str:
        """The node's source text on one line, shortened for messages."""
        text = " ".join(self.module.code_for_node(node).split())
        return text if len(text) <= limit else text[: limit - 3] + "..."
