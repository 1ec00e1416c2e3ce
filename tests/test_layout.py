"""Valid Python is analyzed: indentation that mixes tabs and spaces the way CPython accepts."""

from __future__ import annotations

import ast
from pathlib import Path

import libcst
import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from leakscan.cli import main
from leakscan.engine import ScanError, parse_source, scan_source
from leakscan.sources.layout import relayout

MIXED = FIXTURES / "idioms" / "lk101_tabs_and_spaces_mixed_indentation.py"

# Programs CPython accepts and libcst's tokenizer refuses (found by a random search).
ACCEPTED_BY_CPYTHON = [
    "if a:\n\tif b0:\n        \tx1 = 1\ny = 1\n",
    "if a:\n   if b0:\n\t   x1 = 1\ny = 1\n",
    "if a:\n    if b0:\n\t    x1 = 1\ny = 1\n",
    "if a:\n if b0:\n\t\tx1 = 1\ny = 1\n",
]


@pytest.mark.parametrize("text", ACCEPTED_BY_CPYTHON)
def test_what_cpython_accepts_is_never_a_syntax_error(text: str) -> None:
    ast.parse(text)
    with pytest.raises(libcst.ParserSyntaxError):  # the case this is about
        libcst.parse_module(text)
    parsed = parse_source(text, "x.py")
    assert parsed.relayout is not None and "\t" not in parsed.text


def test_what_cpython_refuses_is_still_a_syntax_error() -> None:
    with pytest.raises(ScanError, match="syntax error at line 3.*inconsistent use of tabs"):
        scan_source("if a:\n        x = 1\n\ty = 2\n", "x.py")


def test_findings_point_into_the_original_text() -> None:
    text = MIXED.read_text(encoding="utf-8")
    (finding,) = scan_source(text, str(MIXED))
    line = text.splitlines()[finding.line - 1]
    assert line.startswith("\t    X = ")
    call = "StandardScaler().fit_transform(X)"
    assert (finding.location.column, finding.location.end_column) == (line.index(call) + 1, line.index(call) + len(call) + 1)
    assert finding.fix is None  # a fix would be written in the respelled layout: refused


REFIT = (
    "from sklearn.model_selection import train_test_split\n"
    "from sklearn.preprocessing import StandardScaler\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
    "scaler = StandardScaler()\n"
    "X_train = scaler.fit_transform(X_train)\n"
    "if X_test is not None:\n"
    "    if len(X_test):\n"
    "{indent}X_test = scaler.fit_transform(X_test)\n"
    "print(X_test)\n"
)


def test_a_fix_is_refused_and_the_file_left_as_it_is(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.py"
    mixed.write_text(REFIT.format(indent="\t    "))
    spaces = tmp_path / "spaces.py"
    spaces.write_text(REFIT.format(indent=" " * 12))
    result = CliRunner().invoke(main, ["check", "--no-cache", "--fix", str(mixed), str(spaces)])
    assert result.exit_code == 1, result.output
    assert "mixed.py:8:" in result.output and "LK103" in result.output  # still reported, not fixed
    assert mixed.read_text() == REFIT.format(indent="\t    ")
    assert "X_test = scaler.transform(X_test)" in spaces.read_text()  # the same leak in spaces is fixed


def test_string_contents_keep_their_tabs() -> None:
    text = 'if a:\n    if b:\n\t    s = """\n\tdata\n  \t"""\ny = 1\n'
    relaid = relayout(text)
    assert relaid is not None
    assert relaid.text.splitlines()[2] == " " * 12 + 's = """'
    assert relaid.text.splitlines()[3:5] == ["\tdata", '  \t"""']
    assert relaid.column(3, 13) == 6 and relaid.column(3, 1) == 1 and relaid.column(1, 4) == 4
