"""The committed documentation matches the code: rule pages, integration pages, hook files."""

from __future__ import annotations

import re

import click
import pytest
import yaml

from conftest import ROOT
from leakscan import docs_gen
from leakscan.config import _KEYS, API_CATEGORIES
from leakscan.rules import all_rules

INTEGRATIONS = ROOT / "docs" / "integrations"
PAGES = ["README.md", "cli.md", "configuration.md", "flake8.md", "pre-commit.md",
         "github-actions.md", "gitlab.md", "reviewdog.md", "review-mode.md"]


def test_rule_docs_are_up_to_date():
    stale = docs_gen.stale()
    assert stale == [], f"run `python -m leakscan.docs_gen`; stale: {stale}"


def test_docs_gen_writes_every_page_and_removes_stale_ones(tmp_path):
    (tmp_path / "LK999.md").write_text("a removed rule\n")
    (tmp_path / "LK101.md").write_text("outdated\n")
    changed = docs_gen.write(tmp_path)
    assert "LK999.md" in changed and "LK101.md" in changed
    assert not (tmp_path / "LK999.md").exists()
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {f"{r.code}.md" for r in all_rules()} | {"README.md"}
    assert docs_gen.stale(tmp_path) == [] and docs_gen.write(tmp_path) == []
    assert docs_gen.main(["--check", "--out", str(tmp_path)]) == 0


def test_rule_index_links_every_rule():
    index = (ROOT / "docs" / "rules" / "README.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"[{rule.code}]({rule.code}.md)" in index and f"`{rule.name}`" in index


@pytest.mark.parametrize("page", PAGES)
def test_integration_pages_exist_and_their_links_resolve(page):
    path = INTEGRATIONS / page
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    for target in re.findall(r"\]\(([^)#:\s]+\.md)(?:#[^)]*)?\)", text):
        assert (path.parent / target).resolve().is_file(), f"{page} links to missing {target}"


def test_cli_page_documents_every_check_option():
    from leakscan.cli import main

    text = (INTEGRATIONS / "cli.md").read_text(encoding="utf-8")
    check = main.commands["check"]
    for param in check.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                if opt.startswith("--"):
                    assert f"`{opt}" in text, f"docs/integrations/cli.md does not document {opt}"


def test_configuration_page_documents_every_key_and_category():
    text = (INTEGRATIONS / "configuration.md").read_text(encoding="utf-8")
    for key in _KEYS:
        assert f"### `{key}`" in text
    for category in API_CATEGORIES:
        assert f"| `{category}` |" in text


def test_flake8_page_has_the_vscode_severity_mapping():
    text = (INTEGRATIONS / "flake8.md").read_text(encoding="utf-8")
    assert '"flake8.severity"' in text and '"LK": "Warning"' in text


def test_reviewdog_page_uses_the_pr_review_reporter():
    text = (INTEGRATIONS / "reviewdog.md").read_text(encoding="utf-8")
    assert "-f=rdjson" in text and "-reporter=github-pr-review" in text


def test_pre_commit_hooks():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"leakscan", "leakscan-fix"}
    assert hooks["leakscan"]["entry"] == "leakscan check"
    assert hooks["leakscan-fix"]["entry"] == "leakscan check --fix"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types_or"] == ["python", "jupyter"]
        assert hook["require_serial"] is True
        assert hook["minimum_pre_commit_version"] == "2.9.2"
        assert hook["name"]


def test_github_action():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"paths", "args", "version", "fail-on-findings"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    scripts = "\n".join(s.get("run", "") for s in steps)
    assert "check --format sarif --output" in scripts and "--exit-zero" in scripts
    assert "leakscan-ml" in scripts
    uses = [s["uses"] for s in steps if "uses" in s]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    for step in steps:  # inputs reach scripts through the environment, never pasted into code
        assert "${{ inputs." not in step.get("run", "")
        if "run" in step:
            assert step["shell"] == "bash"
    assert steps[-1]["name"] == "Fail on findings"
