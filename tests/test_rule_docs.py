"""Each rule documents itself, and its INVALID/VALID examples are tests."""

from __future__ import annotations

import pytest

from conftest import expected_markers, found
from leakscan.rules import all_rules, get_rule

RULES = all_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_invalid_example_fires(rule):
    src = rule.invalid.strip() + "\n"
    expected = expected_markers(src)
    assert expected, "the INVALID example must mark its leaking line"
    assert found(src) == expected


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_valid_example_is_silent(rule):
    assert found(rule.valid.strip() + "\n") == set()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documentation_sections(rule):
    md = rule.markdown()
    for heading in ("## What it does", "## Why is this bad?", "## Example", "Use instead:", "## Fix safety"):
        assert heading in md
    assert rule.code in rule.text() and rule.name in rule.text()


def test_codes_and_names_are_unique_and_stable():
    codes = [r.code for r in RULES]
    assert codes == sorted(set(codes))
    assert codes == ["LK101", "LK102", "LK103", "LK104", "LK105", "LK201", "LK202", "LK301", "LK302", "LK401", "LK501", "LK502", "LK503", "LK601"]
    for r in RULES:
        assert get_rule(r.code) is r and get_rule(r.name) is r and get_rule(r.code.lower()) is r
    assert get_rule("LK999") is None
