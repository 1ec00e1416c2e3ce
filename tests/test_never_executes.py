"""leakscan never imports or runs the code it reads (SPEC section 1).

Every scanned file here would leave a visible trace if it ran: a marker file, a line on
standard output, a shell command writing a marker. They are scanned through the API (in this
process) and through the command line; no marker may appear, nothing may be printed, and
none of the scanned modules may show up in ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import GOOD, GOOD_CODE, notebook

from conftest import ROOT
from leakscan.api import Options, scan_paths
from leakscan.fixes.apply import fix_paths

SHOUT = "LEAKSCAN-EXECUTED-THIS"


def _effects(markers: Path, name: str) -> str:
    """Statements that leave a trace named ``name`` if they ever run."""
    marker = str(markers / name)
    return (
        f"open({marker!r}, 'w').write('ran')\n"
        f"print({SHOUT!r})\n"
        "import os\n"
        f"os.system('touch ' + {marker + '-shell'!r})\n"
    )


@pytest.fixture
def booby_trapped(tmp_path: Path) -> tuple[Path, Path]:
    """A project whose every file would leave a marker in ``markers`` if imported or run."""
    markers = tmp_path / "markers"
    markers.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    files = {
        "train.py": _effects(markers, "train") + GOOD,
        "sitecustomize.py": _effects(markers, "sitecustomize"),
        "usercustomize.py": _effects(markers, "usercustomize"),
        "conftest.py": _effects(markers, "conftest"),
        "setup.py": _effects(markers, "setup"),
        "__main__.py": _effects(markers, "main"),
        # named like modules leakscan itself imports: shadowing them would run them
        "json.py": _effects(markers, "json"),
        "re.py": _effects(markers, "re"),
        "libcst.py": _effects(markers, "libcst"),
        "networkx.py": _effects(markers, "networkx"),
        "click.py": _effects(markers, "click"),
        "tokenize.py": _effects(markers, "tokenize"),
        # a codec a PEP 263 declaration names: looking it up must not import it from here
        "marker_codec.py": _effects(markers, "codec"),
        "declared.py": "# -*- coding: marker_codec -*-\n" + _effects(markers, "declared"),
        # code that runs on import of a package, and code hidden behind exec/eval/__import__
        "pkg/__init__.py": _effects(markers, "package"),
        "pkg/module.py": "from . import *\n" + _effects(markers, "module"),
        "tricky.py": (
            f"exec(\"open({str(markers / 'exec')!r}, 'w')\")\n"
            f"eval(\"__import__('os').system('touch {markers / 'eval'}')\")\n"
            f"__import__('subprocess').run(['touch', {str(markers / 'subprocess')!r}])\n"
            "if __name__ == '__main__':\n"
            f"    open({str(markers / 'main-guard')!r}, 'w')\n"
        ),
        "analysis.ipynb": notebook(
            _effects(markers, "cell"),
            f"%run {project}/train.py\n!touch {markers / 'bang'}\n",
            f"%%bash\ntouch {markers / 'bash-cell'}\n",
            f"%%writefile {markers / 'writefile'}\nx = 1\n",
            GOOD,
        ),
    }
    for name, text in files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project, markers


def _traces(markers: Path) -> list[str]:
    return sorted(os.listdir(markers))


def _launcher(tmp_path: Path) -> Path:
    """What the ``leakscan`` console script does: the scanned folder is not on ``sys.path``."""
    script = tmp_path / "bin" / "leakscan_launcher.py"
    script.parent.mkdir(exist_ok=True)
    script.write_text("import sys\nfrom leakscan.cli import main\nsys.exit(main())\n")
    return script


def test_the_api_runs_nothing(booby_trapped: tuple[Path, Path], capfd: pytest.CaptureFixture[str]) -> None:
    project, markers = booby_trapped
    before = set(sys.modules)
    report = scan_paths([str(project)], Options())
    assert _traces(markers) == []
    out, err = capfd.readouterr()
    assert SHOUT not in out and SHOUT not in err
    assert not {"train", "sitecustomize", "marker_codec", "tricky", "pkg", "declared"} & (set(sys.modules) - before)
    assert {(Path(f.path).name, f.code) for f in report.findings} >= {("train.py", GOOD_CODE), ("analysis.ipynb", GOOD_CODE)}
    assert [Path(e.path).name for e in report.errors] == ["declared.py"]  # the codec is unknown: not looked for here


@pytest.mark.parametrize("how", ["launcher", "module-from-elsewhere"])
def test_the_command_line_runs_nothing(booby_trapped: tuple[Path, Path], tmp_path: Path, how: str) -> None:
    project, markers = booby_trapped
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEAKSCAN_CACHE_DIR": str(tmp_path / "cache")}
    if how == "launcher":  # run from inside the project, as ``cd project && leakscan check .``
        command, cwd, target = [sys.executable, str(_launcher(tmp_path))], project, "."
    else:  # ``python -m leakscan`` puts the working folder on sys.path: run it from elsewhere
        command, cwd, target = [sys.executable, "-m", "leakscan"], tmp_path, str(project)
    for extra in ([], ["--format", "json", "--jobs", "2"], ["--diff", "--unsafe-fixes"]):
        proc = subprocess.run([*command, "check", target, *extra], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode in (1, 2), proc.stderr
        assert SHOUT not in proc.stdout and SHOUT not in proc.stderr
        assert "Traceback" not in proc.stderr
        assert _traces(markers) == []
    proc = subprocess.run([*command, "check", target], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert f"{GOOD_CODE} " in proc.stdout


def test_fixing_runs_nothing(booby_trapped: tuple[Path, Path], capfd: pytest.CaptureFixture[str]) -> None:
    project, markers = booby_trapped
    report, results = fix_paths([str(project)], Options(), unsafe=True)
    assert any(r.written for r in results)
    assert _traces(markers) == []
    out, err = capfd.readouterr()
    assert SHOUT not in out and SHOUT not in err


def test_notebook_cells_and_magics_are_not_run(booby_trapped: tuple[Path, Path]) -> None:
    project, markers = booby_trapped
    report = scan_paths([str(project / "analysis.ipynb")], Options())
    assert report.errors == []
    assert [f.code for f in report.findings] == [GOOD_CODE]
    assert _traces(markers) == []
    cells = json.loads((project / "analysis.ipynb").read_text())["cells"]
    assert all(cell["outputs"] == [] for cell in cells)  # nothing was executed into them either
