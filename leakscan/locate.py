"""Positions on demand: line and column of a node, computed only for nodes a finding names.

libcst's ``PositionProvider`` renders the whole tree with position tracking, which costs about
twice the parse. A clean file needs no position at all, and a file with findings needs a
handful, so this module renders only the top-level statements that hold those nodes: the
statement's first line comes from rendering the statements before it (plain codegen, cached),
and one tracked render of that statement gives the nodes inside it.
"""

from __future__ import annotations

import re

import libcst as cst
from libcst.metadata.position_provider import PositionProvidingCodegenState
from libcst._position import CodeRange

_NEWLINE = re.compile(r"\r\n?|\n")


class _Sink:
    """Stands in for a metadata provider: the codegen state writes ranges into ``_computed``."""

    def __init__(self) -> None:
        self._computed: dict[cst.CSTNode, CodeRange] = {}


class Locator:
    def __init__(self, module: cst.Module) -> None:
        self.module = module
        self._starts: list[int] = []  # first line of each top-level statement's rendering
        self._done: set[int] = set()
        self._sink = _Sink()

    def _start_line(self, top: int) -> int:
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

    def range(self, node: cst.CSTNode, top: int) -> CodeRange:
        """The node's range: 1-based lines, 0-based columns (libcst's convention)."""
        found = self._sink._computed.get(node)
        if found is not None:
            return found
        if top not in self._done and 0 <= top < len(self.module.body):
            self._done.add(top)
            state = PositionProvidingCodegenState(
                default_indent=self.module.default_indent,
                default_newline=self.module.default_newline,
                provider=self._sink,  # type: ignore[arg-type]
            )
            state.line = self._start_line(top)
            self.module.body[top]._codegen(state)
        found = self._sink._computed.get(node)
        if found is None:  # not under that statement: fall back to rendering everything
            for i in range(len(self.module.body)):
                if i not in self._done:
                    self.range(self.module.body[i], i)
            found = self._sink._computed.get(node)
        if found is None:
            raise LookupError("node is not part of this module")
        return found

    def snippet(self, node: cst.CSTNode, limit: int = 60) -> str:
        """The node's source text on one line, shortened for messages."""
        text = " ".join(self.module.code_for_node(node).split())
        return text if len(text) <= limit else text[: limit - 3] + "..."
