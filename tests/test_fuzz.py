"""Property-based tests: leakscan never crashes, whatever program or notebook it is given.

Programs come from hypothesmith (random Python from the grammar and from libcst's node types)
and from ``hostile.programs`` (ML-like programs composed of the statements data-science code
is made of, so that rules and fixers fire). Examples are bounded and derandomized so that CI
runs them in seconds; set ``LEAKSCAN_FUZZ_EXAMPLES=2000`` (and ``LEAKSCAN_FUZZ_RANDOM=1`` for
new examples on each run) to search harder locally.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from typing import Any

import pytest
from hostile.programs import ml_notebooks, ml_programs, notebook_texts
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from leakscan.api import Options, ScanError, parse_source, scan_source
from leakscan.findings import Edit, Finding, Location
from leakscan.notebook import NotebookError, read_notebook

hypothesmith = pytest.importorskip("hypothesmith")
pytestmark = pytest.mark.filterwarnings("ignore::SyntaxWarning")  # hypothesmith compiles odd programs

EXAMPLES = int(os.environ.get("LEAKSCAN_FUZZ_EXAMPLES", "60"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("LEAKSCAN_FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
OPTIONS = Options(timeout=60)  # a generous budget: a timeout here is a finding of its own


def _scan(text: str, path: str) -> list[Finding]:
    """Scan; a ScanError is allowed only for input problems, never for a bug in leakscan."""
    try:
        return scan_source(text, path, options=OPTIONS)
    except ScanError as exc:
        assert "internal error" not in str(exc), str(exc)
        assert "took longer" not in str(exc), str(exc)
        return exc.findings


# --------------------------------------------------------------------------- never raises


@fuzz
@given(hypothesmith.from_grammar())
def test_any_program_from_the_grammar(text: str) -> None:
    _check_positions(text, _scan(text, "fuzz.py"))


@settings(fuzz, max_examples=max(EXAMPLES // 2, 1))  # the slowest generator
@given(hypothesmith.from_node())
def test_any_program_from_libcst_nodes(text: str) -> None:
    _check_positions(text, _scan(text, "fuzz.py"))


@fuzz
@given(ml_programs())
def test_ml_like_programs(text: str) -> None:
    findings = scan_source(text, "train.py", options=OPTIONS)  # they all compile: no error at all
    _check_positions(text, findings)


@fuzz
@given(ml_notebooks())
def test_ml_like_notebooks(text: str) -> None:
    findings = scan_source(text, "analysis.ipynb", options=OPTIONS)
    _check_notebook_positions(text, findings)


@fuzz
@given(st.text(max_size=300))
@example("\U00031350")  # libcst's tokenizer takes it for a name, its tree refuses it
def test_any_text_as_a_script(text: str) -> None:
    _check_positions(text, _scan(text, "noise.py"))


@fuzz
@given(notebook_texts())
def test_notebook_reader_raises_only_notebook_errors(text: str) -> None:
    try:
        nb = read_notebook(text)
    except NotebookError:
        return
    assert isinstance(nb.text, str)
    findings = _scan(text, "any.ipynb")
    _check_notebook_positions(text, findings)


@fuzz
@given(notebook_texts())
def test_notebook_parse_raises_only_scan_errors(text: str) -> None:
    try:
        parse_source(text, "any.ipynb")
    except ScanError as exc:
        assert "internal error" not in str(exc)


# --------------------------------------------------------------------------- positions


def _lines(text: str) -> list[str]:
    """Lines as the reports count them (the Python tokenizer's line breaks)."""
    from leakscan.noqa import source_lines

    return source_lines(text)


def _inside(loc: Location, lines: list[str], what: str) -> None:
    assert 1 <= loc.line <= max(len(lines), 1), f"{what}: line {loc.line} of {len(lines)}"
    width = len(lines[loc.line - 1]) if lines else 0
    assert 1 <= loc.column <= width + 1, f"{what}: column {loc.column} on a line of {width}"
    if loc.end_line is not None:
        assert loc.end_column is not None
        assert (loc.line, loc.column) <= (loc.end_line, loc.end_column), what
        assert loc.end_line <= len(lines) + 1, what
        end_width = len(lines[loc.end_line - 1]) if loc.end_line <= len(lines) else 0
        assert 1 <= loc.end_column <= end_width + 1, f"{what}: end column {loc.end_column} on a line of {end_width}"


def _edit_inside(edit: Edit, lines: list[str], what: str) -> None:
    _inside(Location("", edit.line, edit.column, edit.end_line, edit.end_column), lines + [""], what)


def _check_positions(text: str, findings: list[Finding]) -> None:
    lines = _lines(text)
    for finding in findings:
        assert finding.location.cell is None
        _inside(finding.location, lines, f"{finding.code} primary")
        for related in finding.related:
            _inside(related.location, lines, f"{finding.code} related")
        if finding.fix is not None:
            for edit in finding.fix.edits:
                _edit_inside(edit, lines, f"{finding.code} fix edit")


def _check_notebook_positions(text: str, findings: list[Finding]) -> None:
    if not findings:
        return
    nb = read_notebook(text)
    for finding in findings:
        locations = [finding.location] + [r.location for r in finding.related]
        for loc in locations:
            assert loc.cell is not None and 1 <= loc.cell <= nb.cell_count, (finding.code, loc)
            _inside(loc, _lines(nb.cell_source(loc.cell)), f"{finding.code} in cell {loc.cell}")
        if finding.fix is not None:
            for edit in finding.fix.edits:
                assert edit.cell is not None and 1 <= edit.cell <= nb.cell_count
                _edit_inside(edit, _lines(nb.cell_source(edit.cell)), f"{finding.code} fix edit")


# --------------------------------------------------------------------------- fixes


def _fix_source() -> Callable[..., Any] | None:
    try:
        from leakscan.fixes.apply import fix_source
    except ImportError:  # pragma: no cover - the engine exists in this tree
        return None
    return fix_source


def _compiles(text: str) -> bool:
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True


@fuzz
@given(ml_programs())
def test_fixes_parse_and_are_idempotent(text: str) -> None:
    fix_source = _fix_source()
    if fix_source is None:
        pytest.skip("leakscan.fixes is not there yet")
    result = fix_source(text, "train.py", unsafe=True, options=OPTIONS)
    assert result.failed == [], result.failed  # a fixer offered code that does not parse
    if not result.changed:
        return
    parse_source(result.fixed, "train.py")
    assert _compiles(result.fixed) == _compiles(text)
    again = fix_source(result.fixed, "train.py", unsafe=True, options=OPTIONS)
    assert again.fixed == result.fixed, "a second --fix run changed the code again"
    _check_positions(result.fixed, result.remaining)


@fuzz
@given(ml_notebooks())
def test_notebook_fixes_parse_and_are_idempotent(text: str) -> None:
    fix_source = _fix_source()
    if fix_source is None:
        pytest.skip("leakscan.fixes is not there yet")
    result = fix_source(text, "analysis.ipynb", unsafe=True, options=OPTIONS)
    assert result.failed == [], result.failed
    if not result.changed:
        return
    before, after = read_notebook(text), read_notebook(result.fixed)
    assert after.cell_count == before.cell_count
    parse_source(result.fixed, "analysis.ipynb")
    again = fix_source(result.fixed, "analysis.ipynb", unsafe=True, options=OPTIONS)
    assert again.fixed == result.fixed
