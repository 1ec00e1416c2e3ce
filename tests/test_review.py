"""Review mode: findings on changed lines only (``--diff-base`` / ``--changed-only``)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from leakscan.cli import main
from leakscan.findings import Finding, Location
from leakscan.review import ChangedLines, ReviewError, changed_lines, parse_diff

pytestmark = pytest.mark.skipif(
    subprocess.run(["git", "--version"], capture_output=True).returncode != 0, reason="git is not installed"
)

OLD = (
    "from sklearn.preprocessing import StandardScaler\n"
    "from sklearn.model_selection import train_test_split\n"
    "X = StandardScaler().fit_transform(X)\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
)
NEW_LEAK = (
    "from sklearn.impute import SimpleImputer\n"
    "Z = SimpleImputer().fit_transform(Z)\n"
    "Z_train, Z_test = train_test_split(Z)\n"
)
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "train.py").write_text(OLD)
    (tmp_path / "clean.py").write_text("x = 1\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "init")
    return tmp_path


def run(repo: Path, *args: str):
    old = os.getcwd()
    os.chdir(repo)
    try:
        return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def lines_codes(output: str) -> set[tuple[str, int, str]]:
    report = json.loads(output)
    return {(Path(f["path"]).name, f["line"], f["code"]) for f in report["findings"]}


# --------------------------------------------------------------------------- parse_diff


def test_parse_diff_hunks():
    diff = (
        "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n"
        "@@ -1,0 +2,3 @@\n+x\n+y\n+z\n"
        "@@ -9 +12 @@\n-old\n+new\n"
        "@@ -20,2 +25,0 @@\n-gone\n-gone\n"
        "diff --git a/gone.py b/gone.py\ndeleted file mode 100644\n--- a/gone.py\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
        "diff --git a/my file.py b/my file.py\n--- a/my file.py\t\n+++ b/my file.py\t\n@@ -1 +1 @@\n-a\n+b\n"
        'diff --git "a/q\\"x.py" "b/q\\"x.py"\n--- "a/q\\"x.py"\n+++ "b/q\\"x.py"\n@@ -1 +1 @@\n-a\n+b\n'
        'diff --git "a/t\\303\\251.py" "b/t\\303\\251.py"\n--- "a/t\\303\\251.py"\n+++ "b/t\\303\\251.py"\n@@ -3 +3,2 @@\n-a\n+b\n+c\n'
        "diff --git a/img.png b/img.png\nBinary files a/img.png and b/img.png differ\n"
    )
    assert parse_diff(diff) == {
        "a.py": frozenset({2, 3, 4, 12}),
        "my file.py": frozenset({1}),
        'q"x.py': frozenset({1}),
        "té.py": frozenset({3, 4}),
    }


def test_changed_lines_keeps_findings_by_line_and_cell(tmp_path):
    script = str(tmp_path / "a.py")
    changed = ChangedLines(root=str(tmp_path), base="HEAD", files={
        os.path.realpath(script): frozenset({3}),
        os.path.realpath(str(tmp_path / "new.py")): None,
    })

    def finding(path: str, line: int, cell: int | None = None) -> Finding:
        return Finding("LK101", "fit-before-split", "error", "m", Location(path, line, 1, cell=cell))

    assert changed.keeps(finding(script, 3)) and not changed.keeps(finding(script, 4))
    assert changed.keeps(finding(str(tmp_path / "new.py"), 99))
    assert not changed.keeps(finding(str(tmp_path / "other.py"), 3))
    assert changed.select_files([script, str(tmp_path / "other.py")]) == [script]


# --------------------------------------------------------------------------- git


def test_working_tree_changes_against_head(repo):
    with open(repo / "train.py", "a") as fh:
        fh.write(NEW_LEAK)
    (repo / "untracked.py").write_text("y = 2\n")
    (repo / ".gitignore").write_text("ignored.py\n")
    (repo / "ignored.py").write_text("z = 3\n")
    changed = changed_lines(None, str(repo))
    assert changed.lines_of(str(repo / "train.py")) == frozenset({5, 6, 7})
    assert changed.lines_of(str(repo / "untracked.py")) is None
    assert changed.lines_of(str(repo / "clean.py")) is False
    assert changed.lines_of(str(repo / "ignored.py")) is False


def test_diff_base_uses_the_merge_base(repo):
    git(repo, "checkout", "-q", "-b", "feature")
    with open(repo / "train.py", "a") as fh:
        fh.write(NEW_LEAK)
    git(repo, "commit", "-q", "-am", "feature")
    git(repo, "checkout", "-q", "main")
    (repo / "clean.py").write_text("x = 1\ny = 2\n")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "feature")
    changed = changed_lines("main", str(repo))
    assert changed.lines_of(str(repo / "train.py")) == frozenset({5, 6, 7})
    assert changed.lines_of(str(repo / "clean.py")) is False  # changed on main, not on the branch


def test_errors(tmp_path_factory, repo, monkeypatch):
    outside = tmp_path_factory.mktemp("outside")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(outside.parent))
    with pytest.raises(ReviewError, match="not inside a git"):
        changed_lines(None, str(outside))
    with pytest.raises(ReviewError, match="unknown revision 'nope'"):
        changed_lines("nope", str(repo))
    with pytest.raises(ReviewError, match="invalid revision"):
        changed_lines("--output=x", str(repo))


def test_repository_without_commits(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.py").write_text("x = 1\n")
    git(tmp_path, "add", "a.py")
    (tmp_path / "b.py").write_text("x = 1\n")
    changed = changed_lines(None, str(tmp_path))
    assert changed.lines_of(str(tmp_path / "a.py")) == frozenset({1})
    assert changed.lines_of(str(tmp_path / "b.py")) is None


# --------------------------------------------------------------------------- CLI


def test_cli_diff_base_head_reports_only_changed_lines(repo):
    assert lines_codes(run(repo, "--format", "json").stdout) == {("train.py", 3, "LK101")}
    with open(repo / "train.py", "a") as fh:
        fh.write(NEW_LEAK)
    full = lines_codes(run(repo, "--format", "json").stdout)
    assert full == {("train.py", 3, "LK101"), ("train.py", 6, "LK101")}
    result = run(repo, "--format", "json", "--diff-base", "HEAD")
    assert result.exit_code == 1
    assert lines_codes(result.stdout) == {("train.py", 6, "LK101")}
    assert lines_codes(run(repo, "--format", "json", "--changed-only").stdout) == {("train.py", 6, "LK101")}
    git(repo, "commit", "-q", "-am", "more")
    quiet = run(repo, "--diff-base", "HEAD")
    assert quiet.exit_code == 0, quiet.output
    assert "No leaks found" in quiet.output
    assert lines_codes(run(repo, "--format", "json", "--diff-base", "HEAD~1").stdout) == {("train.py", 6, "LK101")}


def test_cli_review_mode_skips_unchanged_files(repo):
    (repo / "broken.py").write_text("def f(:\n")
    git(repo, "add", "broken.py")
    git(repo, "commit", "-q", "-m", "broken")
    (repo / "new.py").write_text(OLD)
    result = run(repo, "--format", "json", "--diff-base", "HEAD")
    report = json.loads(result.stdout)
    assert report["errors"] == []  # broken.py did not change
    assert report["summary"]["files"] == 1
    assert lines_codes(result.stdout) == {("new.py", 3, "LK101")}


def test_cli_review_errors_exit_2(repo):
    result = run(repo, "--diff-base", "no-such-branch")
    assert result.exit_code == 2
    assert "unknown revision 'no-such-branch'" in result.output


def test_cli_review_mode_notebook_cells(repo):
    def notebook(cells: list[str]) -> str:
        return json.dumps({
            "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                       "source": src.splitlines(keepends=True)} for src in cells],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
        }, indent=1) + "\n"

    cells = [OLD, "print(1)\n"]
    (repo / "nb.ipynb").write_text(notebook(cells))
    git(repo, "add", "nb.ipynb")
    git(repo, "commit", "-q", "-m", "nb")
    (repo / "nb.ipynb").write_text(notebook([OLD, "print(2)\n"]))  # an unrelated cell changes
    assert lines_codes(run(repo, "--format", "json", "--diff-base", "HEAD").stdout) == set()
    (repo / "nb.ipynb").write_text(notebook([OLD.replace("fit_transform(X)", "fit_transform(X) "), "print(2)\n"]))
    result = run(repo, "--format", "json", "--diff-base", "HEAD")
    assert {(f["cell"], f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]} == {(1, 3, "LK101")}
