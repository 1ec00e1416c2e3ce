"""On-demand positions agree with libcst's PositionProvider on every node."""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from leakscan.locate import Locator

ROOT = Path(__file__).resolve().parent.parent

TRICKY = [
    "import pandas as pd\nimport pandas as pd\nx = 1\nimport pandas as pd\n",  # repeated statements
    "x = 1\nx = 1\nx = 1",  # repeated, and no newline at the end of the file
    "x = 1\r\ny = (\r\n  2)\r\nx = 1\r\n",  # Windows newlines
    "x = 1\ry = 2\rx = 1\r",  # old Mac newlines
    "# header\n\n\ndef f():\n    return 1\n    # footer of f\n\n# before g\nx = f()\nx = f()\n# module footer\n",
    "s = '''a\nb\nc'''\nt = s\ns = '''a\nb\nc'''\n",
    "if True:\n    pass\nif True:\n    pass",
    "",
    "\n\n# only comments\n",
]


def _nodes(module: cst.Module) -> list[tuple[int, cst.CSTNode]]:
    out: list[tuple[int, cst.CSTNode]] = []

    class Collect(cst.CSTVisitor):
        def __init__(self, top: int) -> None:
            self.top = top

        def on_visit(self, node: cst.CSTNode) -> bool:
            out.append((self.top, node))
            return True

    for top, stmt in enumerate(module.body):
        stmt.visit(Collect(top))
    return out


def _check(text: str) -> None:
    wrapper = MetadataWrapper(cst.parse_module(text), unsafe_skip_copy=True)
    expected = wrapper.resolve(PositionProvider)
    module = wrapper.module
    nodes = _nodes(module)
    # Ask in reverse order, and with and without the text, to exercise every path.
    for text_known in (text, None):
        locator = Locator(module, text_known)
        for top, node in reversed(nodes):
            assert locator.range(node, top) == expected[node], (top, module.code_for_node(node))
    rendering = Locator(module)
    for top in reversed(range(len(module.body))):  # what the fixers ask: a statement's first line
        assert Locator(module, text)._start_line(top) == rendering._start_line_by_rendering(top)


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_sources(text: str) -> None:
    _check(text)


def test_start_line_counts_leading_comments() -> None:
    text = "x = 1\n\n# about y\ny = 2\n"
    module = cst.parse_module(text)
    for known in (text, None):
        assert Locator(module, known)._start_line(1) == 2


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "core").glob("*.py"))[::7], ids=lambda p: p.name)
def test_fixture_files(path: Path) -> None:
    _check(path.read_text(encoding="utf-8"))
