"""Every fixture program must produce exactly the findings its ``# expect:`` markers name."""

from __future__ import annotations

import json
import os
import re

import pytest

from collections import Counter

from conftest import FIXTURES, MARKER, RELATED, marker_counts
from leakscan import scan_paths, scan_source
from leakscan.findings import Finding

PROJECTS_DIR = FIXTURES / "projects"  # one folder per project: scanned as a whole, not file by file
PROJECTS = sorted(p for p in PROJECTS_DIR.iterdir() if p.is_dir())
SCRIPTS = sorted(p for p in FIXTURES.rglob("*.py") if PROJECTS_DIR not in p.parents)
NOTEBOOKS = sorted(p for p in FIXTURES.rglob("*.ipynb") if PROJECTS_DIR not in p.parents)


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


def _per_file(findings: list[Finding], project) -> dict:
    """Findings and related locations by the absolute file they point at."""
    primary: dict = {}
    related: dict = {}
    for f in findings:
        primary.setdefault(os.path.abspath(f.location.path), Counter())[(f.location.line, f.code)] += 1
        for r in f.related:
            related.setdefault(os.path.abspath(r.location.path), set()).add((r.location.line, f.code))
    return {"primary": primary, "related": related}


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_project_fixture(project):
    """A project scanned as a folder: per file, exactly the findings whose primary location its
    ``# expect:`` markers name, and a related location on each ``# related:`` line."""
    report = scan_paths([str(project)])
    assert report.errors == []
    got = _per_file(report.findings, project)
    files = sorted(project.rglob("*.py"))
    known = {str(f.resolve()) for f in files}
    assert set(got["primary"]) <= known  # nothing outside the project
    for file in files:
        text = file.read_text(encoding="utf-8")
        key = str(file.resolve())
        assert got["primary"].get(key, Counter()) == marker_counts(text), file.name
        wanted = set(marker_counts(text, RELATED))
        assert wanted <= got["related"].get(key, set()), file.name


def test_project_fixtures_cover_leaks_and_clean_look_alikes():
    leaking = [p for p in PROJECTS if any(MARKER.search(f.read_text(encoding="utf-8")) for f in p.rglob("*.py"))]
    assert len(leaking) >= 6 and len(PROJECTS) - len(leaking) >= len(leaking)


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
