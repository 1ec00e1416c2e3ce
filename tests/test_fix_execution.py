"""Fixed programs still run: every leak shape in ``fixtures/fixable/`` is fixed through the
command line, and the fixed script runs to completion in a real interpreter.

The fixtures make their own small synthetic data. They are run by one worker process that
imports scikit-learn once and executes each script as ``__main__`` in a fresh namespace
(importing scikit-learn costs seconds; running a fixture, milliseconds).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, expected_markers
from leakscan import scan_source
from leakscan.api import parse_source
from leakscan.cli import main

pytestmark = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("sklearn", "imblearn", "pandas")),
    reason="needs scikit-learn, imbalanced-learn and pandas (the `test` extra)",
)

FIXABLE = sorted((FIXTURES / "fixable").glob("*.py"))

_WORKER = textwrap.dedent(
    """
    import contextlib, io, json, runpy, sys, traceback, warnings
    import sklearn, pandas, imblearn  # noqa: F401 - imported once for every script
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.strip()
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                runpy.run_path(path, run_name="__main__")
            result = {"ok": True}
        except BaseException:
            result = {"ok": False, "error": traceback.format_exc(), "output": out.getvalue()}
        sys.stdout.write(json.dumps(result) + "\\n")
        sys.stdout.flush()
    """
)


class Runner:
    """One interpreter that runs scripts on request, each in its own namespace."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def run(self, path: Path) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            pytest.fail(f"the runner died while running {path}")
        return json.loads(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def runner():
    r = Runner()
    yield r
    r.close()


def test_there_are_enough_shapes():
    codes = {code for p in FIXABLE for _, code in expected_markers(p.read_text(encoding="utf-8"))}
    assert len(FIXABLE) >= 10
    assert {"LK101", "LK102", "LK103", "LK104", "LK201", "LK301"} <= codes


@pytest.mark.parametrize("fixture", FIXABLE, ids=lambda p: p.name)
def test_fixed_script_runs(fixture: Path, tmp_path: Path, runner: Runner):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    original = path.read_text(encoding="utf-8")
    marked = {code for _, code in expected_markers(original)}

    result = CliRunner().invoke(main, ["check", "--fix", "--unsafe-fixes", "--no-cache", str(path)])
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert fixed != original
    parse_source(fixed, str(path))
    assert scan_source(fixed, str(path)) == []  # the leak is gone, and no other appeared
    assert not marked & {f.code for f in scan_source(fixed, str(path))}

    run = runner.run(path)
    assert run["ok"], f"fixed script failed:\n{fixed}\n{run.get('error')}\n{run.get('output')}"

    again = CliRunner().invoke(main, ["check", "--fix", "--unsafe-fixes", "--no-cache", str(path)])
    assert again.exit_code == 0 and "Fixed 0 leaks" in again.output
    assert path.read_text(encoding="utf-8") == fixed  # idempotent


def test_original_scripts_run_too(runner: Runner, tmp_path: Path):
    """The fixtures themselves are valid programs: the fix, not the fixture, is under test."""
    for fixture in FIXABLE:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        run = runner.run(path)
        assert run["ok"], f"{fixture.name}: {run.get('error')}"
