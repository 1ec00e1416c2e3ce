"""The command line end to end: exit codes, selection, formats, stdin, noqa management."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from leakscan import __version__
from leakscan.cli import main
from leakscan.reporters import FORMATS
from leakscan.rules import all_rules

LK101 = (
    "from sklearn.preprocessing import StandardScaler\n"
    "from sklearn.model_selection import train_test_split\n"
    "X = StandardScaler().fit_transform(X)\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
)
LK401 = (
    "from sklearn.linear_model import LogisticRegression\n"
    "from sklearn.metrics import accuracy_score\n"
    "model = LogisticRegression().fit(X, y)\n"
    "print(accuracy_score(y, model.predict(X)))\n"
)
CLEAN = (
    "from sklearn.model_selection import train_test_split\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one leak of LK101, one of LK401 and a clean file; the working directory."""
    (tmp_path / "prep.py").write_text(LK101)
    (tmp_path / "score.py").write_text(LK401)
    (tmp_path / "clean.py").write_text(CLEAN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, ["check", *args], input=input, catch_exceptions=False)


def codes(result) -> set[tuple[str, int, str]]:
    return {(Path(f["path"]).name, f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]}


# --------------------------------------------------------------------------- exit codes


def test_exit_codes(project):
    assert check("clean.py").exit_code == 0
    result = check("prep.py")
    assert result.exit_code == 1
    assert result.output.startswith("prep.py:3:5: LK101 ")
    (project / "broken.py").write_text("def f(:\n    pass\n")
    result = check(".")
    assert result.exit_code == 2
    assert "prep.py:3:5: LK101" in result.output and "score.py:" in result.output
    assert "broken.py: error: syntax error at line 1" in result.output
    assert "Found 2 leaks in 2 files (1 error)." in result.output


def test_exit_zero(project):
    assert check("--exit-zero", ".").exit_code == 0
    (project / "broken.py").write_text("def f(:\n")
    assert check("--exit-zero", ".").exit_code == 2


def test_missing_path_is_an_error(project):
    result = check("nope.py")
    assert result.exit_code == 2 and "nope.py" in result.output


def test_python_dash_m(project):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        return subprocess.run([sys.executable, "-m", "leakscan", *args], cwd=project, env=env,
                              capture_output=True, text=True, timeout=120)

    assert run("check", "clean.py").returncode == 0
    leak = run("check", "prep.py")
    assert leak.returncode == 1 and "LK101" in leak.stdout
    assert run("check", "--select", "LK999").returncode == 2
    assert run("--version").stdout.strip().endswith(__version__)


# --------------------------------------------------------------------------- selection


@pytest.mark.parametrize(("args", "expected"), [
    ([], {"LK101", "LK401"}),
    (["--select", "LK101"], {"LK101"}),
    (["--select", "LK1"], {"LK101"}),
    (["--select", "fit-before-split"], {"LK101"}),
    (["--select", "score-on-training-data,LK101"], {"LK101", "LK401"}),
    (["--ignore", "LK101"], {"LK401"}),
    (["--ignore", "LK4"], {"LK101"}),
    (["--ignore", "score-on-training-data"], {"LK101"}),
    (["--select", "LK1", "--extend-select", "LK401"], {"LK101", "LK401"}),
    (["--select", "LK1", "--extend-select", "score-on-training-data"], {"LK101", "LK401"}),
    (["--ignore", "LK", "--extend-select", "LK4"], {"LK401"}),
    (["--select", "ALL", "--ignore", "LK1,LK4"], set()),
])
def test_selection(project, args, expected):
    result = check("--format", "json", *args, ".")
    assert {code for *_, code in codes(result)} == expected
    assert result.exit_code == (1 if expected else 0)


def test_unknown_selector_exits_2(project):
    result = check("--select", "LK999")
    assert result.exit_code == 2
    assert "LK999" in result.output


def test_config_from_pyproject(project):
    (project / "pyproject.toml").write_text('[tool.leakscan]\nignore = ["LK401"]\n')
    assert {c for *_, c in codes(check("--format", "json"))} == {"LK101"}
    (project / "pyproject.toml").write_text(
        '[tool.leakscan]\nper-file-ignores = { "prep.py" = ["fit-before-split"] }\n'
    )
    assert {c for *_, c in codes(check("--format", "json"))} == {"LK401"}


def test_config_apis_teach_project_callables(project):
    (project / "own.py").write_text(
        "from mylib.data import split_by_date\nfrom mylib.features import Normalizer\n"
        "X = Normalizer().fit_transform(X)\nX_train, X_test = split_by_date(X)\n"
    )
    assert check("own.py").exit_code == 0
    (project / "pyproject.toml").write_text(
        '[tool.leakscan.apis]\nsplitters = ["mylib.data.split_by_date"]\ntransformers = ["mylib.features.Normalizer"]\n'
    )
    assert codes(check("--format", "json", "own.py")) == {("own.py", 3, "LK101")}


def test_unknown_config_key_exits_2_naming_it(project):
    (project / "pyproject.toml").write_text('[tool.leakscan]\nignroe = ["LK401"]\n')
    result = check(".")
    assert result.exit_code == 2
    assert "unknown key 'ignroe'" in result.output and "did you mean 'ignore'" in result.output
    (project / "leakscan.toml").write_text("[apis]\nsplitterz = ['a.b']\n")
    result = check(".")
    assert result.exit_code == 2 and "splitterz" in result.output


def test_explicit_config(project):
    (project / "custom.toml").write_text('select = ["LK4"]\n')
    assert {c for *_, c in codes(check("--format", "json", "--config", "custom.toml"))} == {"LK401"}
    result = check("--config", "missing.toml")
    assert result.exit_code == 2 and "missing.toml" in result.output


# --------------------------------------------------------------------------- output


def test_statistics(project):
    result = check("--statistics", ".")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.split()[:2] == ["1", "LK101"] for line in lines)
    assert any(line.split()[:2] == ["1", "LK401"] for line in lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format(project, fmt):
    result = check("--format", fmt, ".")
    assert result.exit_code == 1
    out = result.output
    if fmt == "json":
        report = json.loads(result.stdout)
        assert report["version"] == __version__ and report["summary"]["findings"] == 2
        assert set(report) == {"version", "findings", "errors", "summary"}
    elif fmt == "sarif":
        sarif = json.loads(result.stdout)
        assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 2
    elif fmt == "gitlab":
        assert len(json.loads(result.stdout)) == 2
    elif fmt == "rdjson":
        assert len(json.loads(result.stdout)["diagnostics"]) == 2
    elif fmt == "github":
        assert [line.split(" ", 1)[0] for line in out.splitlines() if line][:2] == ["::error", "::error"]
    elif fmt == "markdown":
        assert "LK101" in out and "LK401" in out
    else:
        assert "prep.py:3:5: LK101" in out


def test_output_format_alias(project):
    assert json.loads(check("--output-format", "json", ".").stdout)["summary"]["findings"] == 2


def test_output_file(project):
    result = check("--format", "sarif", "--output", "out.sarif", ".")
    assert result.exit_code == 1
    assert result.output == ""
    assert len(json.loads((project / "out.sarif").read_text())["runs"][0]["results"]) == 2


def test_folder_scan_respects_gitignore(project):
    if subprocess.run(["git", "init", "-q"], cwd=project, capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    (project / ".gitignore").write_text("generated/\nscore.py\n")
    (project / "generated").mkdir()
    (project / "generated" / "leak.py").write_text(LK101)
    assert {name for name, *_ in codes(check("--format", "json", "."))} == {"prep.py"}
    assert {name for name, *_ in codes(check("--format", "json", "score.py"))} == {"score.py"}


# --------------------------------------------------------------------------- stdin


def test_stdin(project):
    result = check("--format", "json", "-", input=LK101)
    assert result.exit_code == 1
    assert {(f["path"], f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]} == {("stdin", 3, "LK101")}
    result = check("-", "--stdin-filename", "src/train.py", input=LK101)
    assert result.output.startswith("src/train.py:3:5: LK101")
    assert check("-", input=CLEAN).exit_code == 0
    implied = check("--stdin-filename", "t.py", input=LK101)
    assert implied.exit_code == 1 and implied.output.startswith("t.py:3:5: LK101")


def test_stdin_filename_picks_config_and_per_file_ignores(project):
    (project / "sub").mkdir()
    (project / "sub" / "leakscan.toml").write_text('[per-file-ignores]\n"legacy_*.py" = ["LK101"]\n')
    assert check("-", "--stdin-filename", "sub/legacy_train.py", input=LK101).exit_code == 0
    assert check("-", "--stdin-filename", "sub/train.py", input=LK101).exit_code == 1


def test_stdin_notebook_and_errors(project):
    notebook = json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                                      "source": LK101}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    result = check("--format", "json", "-", "--stdin-filename", "nb.ipynb", input=notebook)
    assert [(f["cell"], f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]] == [(1, 3, "LK101")]
    broken = check("-", input="def f(:\n")
    assert broken.exit_code == 2 and "stdin: error: syntax error" in broken.output
    latin = check("-", input="# -*- coding: latin-1 -*-\nname = 'caf\xe9'\n".encode("latin-1"))
    assert latin.exit_code == 0, latin.output
    assert check("-", "clean.py", input=CLEAN).exit_code == 2


# --------------------------------------------------------------------------- noqa


def test_add_noqa(project):
    latin = "# -*- coding: latin-1 -*-\n# caf\xe9\r\n" + LK101.replace("\n", "\r\n")
    (project / "latin.py").write_bytes(latin.encode("latin-1"))
    result = check("--add-noqa", ".")
    assert result.exit_code == 0, result.output
    assert "Added 3 noqa comments to 3 files." in result.output
    assert (project / "prep.py").read_text().splitlines()[2] == "X = StandardScaler().fit_transform(X)  # noqa: LK101"
    data = (project / "latin.py").read_bytes()
    assert b"caf\xe9\r\n" in data and b"fit_transform(X)  # noqa: LK101\r\n" in data
    assert check(".").exit_code == 0
    again = check("--add-noqa", ".")
    assert "Added 0 noqa comments to 0 files." in again.output


def test_add_noqa_leaves_notebooks_alone(project):
    notebook = json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                                      "source": LK101}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    (project / "nb.ipynb").write_text(notebook)
    result = check("--add-noqa", "nb.ipynb")
    assert "1 finding(s) in notebooks left alone" in result.output
    assert (project / "nb.ipynb").read_text() == notebook
    assert check("--add-noqa", "-", input=LK101).exit_code == 2


def test_show_unused_noqa(project):
    (project / "prep.py").write_text(LK101.replace("fit_transform(X)\n", "fit_transform(X)  # noqa: LK101\n"))
    (project / "clean.py").write_text(CLEAN.replace("(X, y)\n", "(X, y)  # noqa: LK102, E501\n"))
    assert check("--select", "LK1", ".").exit_code == 0
    result = check("--select", "LK1", "--show-unused-noqa", ".")
    assert result.exit_code == 1
    assert "clean.py:2: unused noqa: LK102" in result.output
    assert "prep.py" not in result.output
    report = json.loads(check("--format", "json", "--show-unused-noqa", ".").stdout)
    assert [{**u, "path": Path(u["path"]).name} for u in report["unused_noqa"]] == [
        {"path": "clean.py", "line": 2, "cell": None, "codes": ["LK102"]}
    ]
    assert {f["code"] for f in report["findings"]} == {"LK401"}
    assert check("--show-unused-noqa", "--exit-zero", "clean.py").exit_code == 0


def test_file_level_noqa(project):
    (project / "prep.py").write_text("# leakscan: noqa: LK101\n" + LK101)
    (project / "score.py").write_text("# flake8: noqa\n" + LK401)
    assert check(".").exit_code == 0


# --------------------------------------------------------------------------- rules / explain / version


def test_rules():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for rule in all_rules():
        assert rule.code in result.output and rule.name in result.output
    data = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    assert [r["code"] for r in data] == [r.code for r in all_rules()]


@pytest.mark.parametrize("name", ["LK101", "lk101", "fit-before-split"])
def test_explain(name):
    result = CliRunner().invoke(main, ["explain", name])
    assert result.exit_code == 0
    assert result.output.startswith("LK101 fit-before-split")
    assert "Why is this bad?" in result.output


def test_explain_markdown_and_unknown():
    result = CliRunner().invoke(main, ["explain", "--format", "markdown", "LK301"])
    assert result.output.startswith("# LK301 test-set-tuning")
    unknown = CliRunner().invoke(main, ["explain", "LK999"])
    assert unknown.exit_code == 2 and "unknown rule 'LK999'" in unknown.output


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output
