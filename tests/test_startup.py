"""Start-up stays light: commands that analyze nothing never import the analyzer.

Each case runs in a fresh interpreter (a subprocess) and reads ``sys.modules`` at the end, since
this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("libcst", "networkx", "pygls", "lsprotocol", "leakscan.engine", "leakscan.analysis")

_RUN = """
import json, sys
import leakscan.cli
try:
    leakscan.cli.main(sys.argv[2:], prog_name="leakscan")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
with open(sys.argv[1], "w") as fh:
    json.dump({"code": code, "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("libcst", "networkx", "pygls", "lsprotocol") or m.startswith("leakscan."))}, fh)
"""


def _run(tmp_path: Path, *args: str, cwd: Path | None = None) -> tuple[int, set[str]]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "LEAKSCAN_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", _RUN, str(out), *args], cwd=cwd or tmp_path, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=120)
    data = json.loads(out.read_text())
    return data["code"], set(data["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(h for h in HEAVY if h in modules)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["rules"], ["rules", "--format", "json"], ["explain", "LK101"], ["check", "--help"]])
def test_commands_that_analyze_nothing_import_no_analyzer(tmp_path: Path, args: list[str]) -> None:
    code, modules = _run(tmp_path, *args)
    assert code == 0
    assert _heavy(modules) == []


LEAK = """\
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
X = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y)
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_check_whose_files_all_hit_the_cache_imports_no_analyzer(tmp_path: Path, jobs: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("a.py", "b.py", "c.py"):
        (project / name).write_text(LEAK)
    cold_code, cold = _run(tmp_path, "check", "--jobs", jobs, ".", cwd=project)
    assert cold_code == 1 and "libcst" in cold and "leakscan.engine" in cold  # the check can see the import
    warm_code, warm = _run(tmp_path, "check", "--jobs", jobs, ".", cwd=project)
    assert warm_code == 1  # the same findings, from the cache
    assert _heavy(warm) == []
    (project / "b.py").write_text(LEAK + "print(1)\n")  # one miss: now the analyzer is needed
    _, again = _run(tmp_path, "check", "--jobs", jobs, ".", cwd=project)
    assert "libcst" in again
