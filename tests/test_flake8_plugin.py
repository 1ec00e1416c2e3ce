"""The flake8 plugin reports what ``leakscan check`` reports, through flake8 itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT, expected_markers
from leakscan import __version__
from leakscan.cli import main
from leakscan.options import Options
from leakscan.integrations.flake8_plugin import LeakscanChecker
from leakscan.rules import all_rules
from leakscan.rules.base import Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SAMPLES = [
    FIXTURES / "core" / "lk101_lk103_lk301_beginner_notebook.py",
    FIXTURES / "core" / "lk102_lk401_titanic_concat.py",
    FIXTURES / "core" / "lk201_scaled_smote_cv.py",
    FIXTURES / "grouping" / "lk104_one_matrix_many_cv_calls.py",
    FIXTURES / "core" / "lk101_method_chaining.py",
    FIXTURES / "core" / "clean_scaler_fit_train_transform_test.py",
]
LEAK = (
    "from sklearn.preprocessing import StandardScaler\n"
    "from sklearn.model_selection import train_test_split\n"
    "X = StandardScaler().fit_transform(X){comment}\n"
    "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
)
FORMAT = "--format=%(path)s|%(row)d|%(col)d|%(code)s|%(text)s"


@pytest.fixture(scope="module")
def flake8_env(tmp_path_factory) -> dict[str, str]:
    """An environment whose flake8 finds the plugin: the installed entry point (``pip install
    -e .``, as CI does), or else a stand-in distribution made from pyproject.toml's entry point."""
    env = {**os.environ}
    paths = [str(ROOT)]
    if not any(ep.name == "LK" for ep in metadata.entry_points(group="flake8.extension")):
        shim = tmp_path_factory.mktemp("shim")
        declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        entry = declared["project"]["entry-points"]["flake8.extension"]["LK"]
        info = shim / f"leakscan_ml-{__version__}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: leakscan-ml\nVersion: {__version__}\n")
        (info / "entry_points.txt").write_text(f"[flake8.extension]\nLK = {entry}\n")
        paths.append(str(shim))
    env["PYTHONPATH"] = os.pathsep.join(paths + [env["PYTHONPATH"]] if env.get("PYTHONPATH") else paths)
    return env


def flake8(env: dict[str, str], *args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", "--jobs=1", FORMAT, *args],
        env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120,
    )


def parse(stdout: str) -> set[tuple[str, int, int, str]]:
    out = set()
    for line in stdout.splitlines():
        path, row, col, code, _ = line.split("|", 4)
        out.add((os.path.realpath(path), int(row), int(col), code))
    return out


def test_flake8_reports_what_leakscan_check_reports(flake8_env):
    proc = flake8(flake8_env, "--select", "LK", *map(str, SAMPLES))
    assert proc.returncode == 1, proc.stderr
    got = parse(proc.stdout)
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, SAMPLES)])
    report = json.loads(result.output)
    expected = {(os.path.realpath(f["path"]), f["line"], f["column"], f["code"]) for f in report["findings"]}
    assert expected, "the samples must have findings"
    assert got == expected
    # and both are right: the findings are the ones the samples' ``# expect:`` markers name
    marked = {(os.path.realpath(p), line, code) for p in SAMPLES for line, code in expected_markers(p.read_text(encoding="utf-8"))}
    assert {(path, row, code) for path, row, _, code in got} == marked
    codes = {code for *_, code in got}
    assert {"LK101", "LK102", "LK103", "LK104", "LK201", "LK301", "LK401"} <= codes


def test_noqa_suppresses_through_flake8(flake8_env, tmp_path):
    (tmp_path / "quiet.py").write_text(LEAK.format(comment="  # noqa: LK101"))
    (tmp_path / "other_code.py").write_text(LEAK.format(comment="  # noqa: E501"))
    proc = flake8(flake8_env, "--select", "LK", "quiet.py", "other_code.py", cwd=tmp_path)
    assert {(Path(p).name, row, code) for p, row, _, code in parse(proc.stdout)} == {("other_code.py", 3, "LK101")}
    disabled = flake8(flake8_env, "--select", "LK", "--disable-noqa", "quiet.py", cwd=tmp_path)
    assert "LK101" in disabled.stdout


def test_stdin_with_display_name(flake8_env, tmp_path):
    proc = flake8(flake8_env, "--select", "LK", "--stdin-display-name", "src/train.py", "-",
                  cwd=tmp_path, stdin=LEAK.format(comment=""))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines() == [
        f"src/train.py|3|5|LK101|{_message()}"
    ]


def _message() -> str:
    text = LEAK.format(comment="")
    checker = LeakscanChecker(None, "x.py", text.splitlines(keepends=True))
    return next(iter(checker.run()))[2].split(" ", 1)[1]


def test_project_config_applies_to_the_plugin(flake8_env, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.leakscan]\nper-file-ignores = { "legacy/*" = ["LK101"] }\n')
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.py").write_text(LEAK.format(comment=""))
    (tmp_path / "new.py").write_text(LEAK.format(comment=""))
    proc = flake8(flake8_env, "--select", "LK", "legacy/old.py", "new.py", cwd=tmp_path)
    assert {Path(p).name for p, *_ in parse(proc.stdout)} == {"new.py"}


def test_broken_config_is_a_clear_flake8_error(flake8_env, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.leakscan]\nignroe = ["LK101"]\n')
    (tmp_path / "t.py").write_text(LEAK.format(comment=""))
    proc = flake8(flake8_env, "--select", "LK", "t.py", cwd=tmp_path)
    assert proc.returncode != 0
    assert "unknown key 'ignroe'" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_syntax_errors_are_left_to_flake8(flake8_env, tmp_path):
    (tmp_path / "broken.py").write_text("def f(:\n    pass\n")
    proc = flake8(flake8_env, "--select", "LK,E999", "broken.py", cwd=tmp_path)
    codes = [code for *_, code in parse(proc.stdout)]
    assert codes == ["E999"]


def test_checker_directly():
    lines = LEAK.format(comment="").splitlines(keepends=True)
    results = list(LeakscanChecker(None, "stdin", lines).run())
    assert [(line, col, text.split()[0]) for line, col, text, _ in results] == [(3, 4, "LK101")]
    assert all(kind is LeakscanChecker for *_, kind in results)
    assert list(LeakscanChecker(None, "t.py", ["x = (\n"]).run()) == []
    assert list(LeakscanChecker(None, "t.py", []).run()) == []
    assert LeakscanChecker.name == "leakscan" and LeakscanChecker.version == __version__


def test_entry_point_is_declared():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["entry-points"]["flake8.extension"] == {
        "LK": "leakscan.integrations.flake8_plugin:LeakscanChecker"
    }


SCRIPT = """\
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
X = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y)
"""


class _BrokenRule(Rule):
    code = "LK999"
    name = "broken-rule"
    summary = why = invalid = valid = fix = ""

    def check(self, analysis):  # type: ignore[no-untyped-def]
        raise KeyError("boom")


def test_a_broken_rule_keeps_the_other_findings_and_is_reported_once(monkeypatch):
    import leakscan.integrations.flake8_plugin as plugin

    def codes(filename: str, text: str) -> list[tuple[int, str]]:
        return [(row, message.split()[0]) for row, _, message, _ in LeakscanChecker(None, filename, text.splitlines(True)).run()]

    broken = Options(rules=[*all_rules(), _BrokenRule, _BrokenRule], honor_noqa=False)
    monkeypatch.setattr(plugin, "options_for_path", lambda path, honor_noqa: broken)
    got = codes("train.py", SCRIPT)
    assert (3, "LK101") in got  # the working rules' finding
    assert [c for _, c in got if c == "LK000"] == ["LK000"]  # the failure, once, not once per rule
    monkeypatch.setattr(plugin, "options_for_path", lambda path, honor_noqa: Options(honor_noqa=False))
    assert codes("train.py", SCRIPT) == [(3, "LK101")]  # no failure, no LK000
    assert codes("bad.py", "x = (\n") == []  # a syntax error is flake8's own E999
