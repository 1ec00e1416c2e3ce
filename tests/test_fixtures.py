"""Every fixture program must produce exactly the findings its ``# expect:`` markers name."""

from __future__ import annotations

import json
import re

import pytest

from conftest import FIXTURES, MARKER, expected_markers
from leakscan import scan_source

SCRIPTS = sorted(p for p in FIXTURES.rglob("*.py"))
NOTEBOOKS = sorted(p for p in FIXTURES.rglob("*.ipynb"))


def _id(path):
    return str(path.relative_to(FIXTURES))


@pytest.mark.parametrize("path", SCRIPTS, ids=_id)
def test_script_fixture(path):
    text = path.read_text(encoding="utf-8")
    got = {(f.location.line, f.code) for f in scan_source(text, str(path))}
    assert got == expected_markers(text)


def _notebook_markers(text: str) -> set[tuple[int, int, str]]:
    nb = json.loads(text)
    out = set()
    for index, cell in enumerate(nb["cells"], 1):
        source = cell["source"]
        source = "".join(source) if isinstance(source, list) else source
        for (line, code) in expected_markers(source):
            out.add((index, line, code))
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_notebook_fixture(path):
    text = path.read_text(encoding="utf-8")
    got = {(f.location.cell, f.location.line, f.code) for f in scan_source(text, str(path))}
    assert got == _notebook_markers(text)


def test_fixture_corpus_is_substantial():
    """The fixture set is the spec in code: many leaking programs and many clean look-alikes."""
    marked = [p for p in SCRIPTS + NOTEBOOKS if MARKER.search(p.read_text(encoding="utf-8"))]
    clean = [p for p in SCRIPTS + NOTEBOOKS if p not in marked]
    assert len(marked) >= 35 and len(clean) >= 25
    codes = {c for p in marked for c in re.findall(r"LK\d{3}", p.read_text(encoding="utf-8"))}
    from leakscan.rules import all_rules

    assert {r.code for r in all_rules()} <= codes
