"""Every fixture program must produce exactly the findings its ``# expect:`` markers name."""

from __future__ import annotations

import json
import re

import pytest

from collections import Counter

from conftest import FIXTURES, MARKER, RELATED, marker_counts
from leakscan import scan_source
from leakscan.findings import Finding

SCRIPTS = sorted(p for p in FIXTURES.rglob("*.py"))
NOTEBOOKS = sorted(p for p in FIXTURES.rglob("*.ipynb"))


def _id(path):
    return str(path.relative_to(FIXTURES))


def _missing_related(findings: list[Finding], wanted: Counter) -> set:
    """``# related: LK104`` lines that no finding of that code lists among its related locations."""
    have = {(r.location.cell, r.location.line, f.code) for f in findings for r in f.related}
    return {key for key in wanted if key not in have}


@pytest.mark.parametrize("path", SCRIPTS, ids=_id)
def test_script_fixture(path):
    """Exactly the marked findings, each as many times as marked (one leak, one finding)."""
    text = path.read_text(encoding="utf-8")
    findings = scan_source(text, str(path))
    got = Counter((f.location.line, f.code) for f in findings)
    assert got == marker_counts(text)
    related = Counter((None, line, code) for (line, code) in marker_counts(text, RELATED).elements())
    assert not _missing_related(findings, related)


def _notebook_markers(text: str, pattern=MARKER) -> Counter:
    nb = json.loads(text)
    out: Counter = Counter()
    for index, cell in enumerate(nb["cells"], 1):
        source = cell["source"]
        source = "".join(source) if isinstance(source, list) else source
        for (line, code), n in marker_counts(source, pattern).items():
            out[(index, line, code)] += n
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_notebook_fixture(path):
    text = path.read_text(encoding="utf-8")
    findings = scan_source(text, str(path))
    got = Counter((f.location.cell, f.location.line, f.code) for f in findings)
    assert got == _notebook_markers(text)
    assert not _missing_related(findings, _notebook_markers(text, RELATED))


def test_related_markers_are_checked(tmp_path):
    """A related marker on a line no finding points at fails the fixture check."""
    text = (FIXTURES / "provenance" / "lk101_helper_with_branch.py").read_text(encoding="utf-8")
    findings = scan_source(text, "x.py")
    assert not _missing_related(findings, Counter({(None, 15, "LK101"): 1}))
    assert _missing_related(findings, Counter({(None, 14, "LK101"): 1}))


def test_fixture_corpus_is_substantial():
    """The fixture set is the spec in code: many leaking programs and many clean look-alikes."""
    marked = [p for p in SCRIPTS + NOTEBOOKS if MARKER.search(p.read_text(encoding="utf-8"))]
    clean = [p for p in SCRIPTS + NOTEBOOKS if p not in marked]
    assert len(marked) >= 35 and len(clean) >= 25
    codes = {c for p in marked for c in re.findall(r"LK\d{3}", p.read_text(encoding="utf-8"))}
    from leakscan.rules import all_rules

    assert {r.code for r in all_rules()} <= codes
