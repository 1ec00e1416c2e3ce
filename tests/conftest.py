"""Shared test helpers: markers in fixtures, scanning snippets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
MARKER = re.compile(r"#\s*expect:\s*(LK\d{3}(?:\s*,\s*LK\d{3})*)")


def expected_markers(text: str) -> set[tuple[int, str]]:
    """(line, code) pairs from ``# expect: LK101`` comments."""
    out = set()
    for number, line in enumerate(text.splitlines(), 1):
        m = MARKER.search(line)
        if m:
            out.update((number, code.strip()) for code in m.group(1).split(","))
    return out


def found(text: str, path: str = "snippet.py") -> set[tuple[int, str]]:
    from leakscan import scan_source

    return {(f.location.line, f.code) for f in scan_source(text, path)}


@pytest.fixture
def scan():
    return found
