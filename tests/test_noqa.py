"""``# noqa`` parsing, suppression, ``add_noqa`` and unused-noqa detection."""

from __future__ import annotations

import ast

import pytest

from leakscan.findings import Finding, Location
from leakscan.noqa import (
    add_noqa,
    file_noqa,
    file_suppressed,
    filter_suppressed,
    parse_noqa,
    source_lines,
    suppressed,
    unused_noqa,
)


@pytest.mark.parametrize(
    ("line", "code", "expected"),
    [
        ("x = fit(X)  # noqa", "LK101", True),
        ("x = fit(X)  # NOQA", "LK101", True),
        ("x = fit(X)  # noqa: LK101", "LK101", True),
        ("x = fit(X)  # noqa:LK101", "LK101", True),
        ("x = fit(X)  # NOQA:LK101", "LK101", True),
        ("x = fit(X)  # noqa: lk101", "LK101", True),
        ("x = fit(X)  # noqa: LK101,LK301", "LK301", True),
        ("x = fit(X)  # noqa: LK101, LK301", "LK301", True),
        ("x = fit(X)  # noqa: LK101 LK301", "LK301", True),
        ("x = fit(X)  # noqa: E501", "LK101", False),
        ("x = fit(X)  # noqa: LK102", "LK101", False),
        ("x = fit(X)  # noqa: LK1", "LK101", True),  # flake8 matches code prefixes
        ("x = fit(X)  # noqa: LK101 because the split is upstream", "LK101", True),
        ("x = fit(X)  # type: ignore  # noqa: LK101", "LK101", True),
        ("x = fit(X)", "LK101", False),
        ("x = fit(X)  #noqa", "LK101", False),  # flake8 needs '# noqa'
        # flake8 quirks kept for compatibility: a colon without a code leaves a bare noqa
        ("x = fit(X)  # noqa:", "LK101", True),
        ("x = fit(X)  # noqa: LK", "LK101", True),
        ("x = fit(X)  # noqa :LK102", "LK101", True),
    ],
)
def test_suppressed(line: str, code: str, expected: bool) -> None:
    assert suppressed(code, line) is expected


def test_parse_noqa_codes_and_span() -> None:
    line = "y = 1  # noqa: LK101,e501  # trailing"
    noqa = parse_noqa(line)
    assert noqa is not None and noqa.codes == ("LK101", "E501")
    assert line[noqa.start:noqa.end] == "# noqa: LK101,e501"
    bare = parse_noqa("y = 1  # noqa")
    assert bare is not None and bare.codes is None
    assert parse_noqa("y = 1") is None


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("# flake8: noqa\nx = 1\n", "LK101", True),
        ("x = 1\n  # flake8: NOQA\n", "LK101", True),
        ("# flake8=noqa\n", "LK101", True),
        ("# leakscan: noqa\n", "LK301", True),
        ("# leakscan: noqa: LK101\n", "LK101", True),
        ("# leakscan: noqa: LK101\n", "LK301", False),
        ("# leakscan: noqa: LK1, LK2\n", "LK201", True),
        ("# flake8: noqa: E501\n", "LK101", False),  # flake8 ignores file-level codes
        ("# leakscan: noqa:\n", "LK101", False),  # malformed: does not silence the file
        ("x = 1  # flake8: noqa\n", "LK101", False),  # must be its own line
        ("x = 1\n", "LK101", False),
    ],
)
def test_file_level(text: str, code: str, expected: bool) -> None:
    assert file_suppressed(code, text) is expected


def test_file_noqa_bare_wins_over_codes() -> None:
    noqa = file_noqa("# leakscan: noqa: LK101\n# leakscan: noqa\n")
    assert noqa is not None and noqa.codes is None


def _finding(line: int, code: str = "LK101") -> Finding:
    return Finding(code, "x", "error", "m", Location("t.py", line, 1))


def test_filter_suppressed() -> None:
    text = "a = fit(X)  # noqa: LK101\nb = fit(X)\nc = tune(X)  # noqa\n"
    kept, dropped = filter_suppressed([_finding(1), _finding(2), _finding(3, "LK301"), _finding(9)], text)
    assert [f.line for f in kept] == [2, 9]
    assert [f.line for f in dropped] == [1, 3]
    kept, dropped = filter_suppressed([_finding(2), _finding(2, "LK301")], "# leakscan: noqa: LK3\nb = 1\n")
    assert [f.code for f in kept] == ["LK101"] and [f.code for f in dropped] == ["LK301"]


# --------------------------------------------------------------------------- add_noqa


def test_add_noqa_appends_and_merges() -> None:
    text = "a = fit(X)\nb = fit(X)  # noqa: E501\nc = fit(X)  # noqa\nd = fit(X)   \ne = 1\n"
    out = add_noqa(text, {1: {"LK101"}, 2: {"LK301", "LK101"}, 3: {"LK101"}, 4: {"LK102"}})
    assert out == (
        "a = fit(X)  # noqa: LK101\n"
        "b = fit(X)  # noqa: E501, LK101, LK301\n"
        "c = fit(X)  # noqa\n"
        "d = fit(X)  # noqa: LK102\n"
        "e = 1\n"
    )


def test_add_noqa_is_idempotent_and_keeps_existing_codes() -> None:
    text = "a = fit(X)  # noqa: LK301 reason\nb = 2\n"
    once = add_noqa(text, {1: {"LK101"}, 2: {"LK102"}})
    assert once == "a = fit(X)  # noqa: LK301, LK101 reason\nb = 2  # noqa: LK102\n"
    assert add_noqa(once, {1: {"LK101"}, 2: {"LK102"}}) == once
    assert suppressed("LK101", source_lines(once)[0]) and suppressed("LK301", source_lines(once)[0])


def test_add_noqa_covered_by_prefix_changes_nothing() -> None:
    text = "a = fit(X)  # noqa: LK1\n"
    assert add_noqa(text, {1: {"LK101"}}) == text


def test_add_noqa_preserves_line_endings() -> None:
    text = "a = 1\r\nb = 2\r\nc = 3"
    out = add_noqa(text, {2: {"LK101"}, 3: {"LK102"}})
    assert out == "a = 1\r\nb = 2  # noqa: LK101\r\nc = 3  # noqa: LK102"
    assert add_noqa("x = 1\ry = 2\r", {1: {"LK101"}}) == "x = 1  # noqa: LK101\ry = 2\r"


def test_add_noqa_form_feed_does_not_shift_lines() -> None:
    text = "a = 1\x0c\nb = 2\n"
    assert add_noqa(text, {2: {"LK101"}}) == "a = 1\x0c\nb = 2  # noqa: LK101\n"


def test_add_noqa_skips_lines_where_a_comment_would_change_the_program() -> None:
    text = 's = """first\nsecond"""\nt = 1 + \\\n    2\nu = fit(\n    X)\n'
    out = add_noqa(text, {1: {"LK101"}, 2: {"LK101"}, 3: {"LK101"}, 5: {"LK101"}})
    assert out == 's = """first\nsecond"""  # noqa: LK101\nt = 1 + \\\n    2\nu = fit(  # noqa: LK101\n    X)\n'
    ast.parse(out)


def test_add_noqa_ignores_out_of_range_lines_and_empty_code_sets() -> None:
    assert add_noqa("a = 1\n", {0: {"LK101"}, 5: {"LK101"}, 1: set()}) == "a = 1\n"


# --------------------------------------------------------------------------- unused_noqa


def test_unused_noqa() -> None:
    text = (
        "a = fit(X)  # noqa: LK101\n"
        "b = fit(X)  # noqa: LK101, LK301\n"
        "c = 1  # noqa: LK102\n"
        "d = 1  # noqa: E501\n"
        "e = 1  # noqa\n"
        "f = fit(X)  # noqa: LK1\n"
        "g = 1  # noqa: LK1, E501\n"
    )
    found = {1: ["LK101"], 2: ["LK101"], 6: ["LK103"]}
    assert unused_noqa(text, found) == [(2, ["LK301"]), (3, ["LK102"]), (7, ["LK1"])]


def test_unused_noqa_with_no_findings() -> None:
    assert unused_noqa("x = 1  # noqa: lk101\n", {}) == [(1, ["LK101"])]
    assert unused_noqa("x = 1\n", {}) == []
