"""Shared test helpers: markers in fixtures, scanning snippets."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
MARKER = re.compile(r"#\s*expect:\s*(LK\d{3}(?:\s*,\s*LK\d{3})*)")


RELATED = re.compile(r"#\s*related:\s*(LK\d{3}(?:\s*,\s*LK\d{3})*)")


def marker_counts(text: str, pattern: re.Pattern[str] = MARKER) -> Counter[tuple[int, str]]:
    """(line, code) -> how many findings: ``# expect: LK101, LK101`` says two findings on that line."""
    out: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(text.splitlines(), 1):
        m = pattern.search(line)
        if m:
            out.update((number, code.strip()) for code in m.group(1).split(","))
    return out


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
