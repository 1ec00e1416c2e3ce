"""Parallel scans: the same report for any --jobs, errors per file, crashes contained, progress."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import expected_markers
from leakscan import __version__
from leakscan.api import Options, scan_paths
from leakscan.cache import Cache
from leakscan.cli import main
from leakscan.parallel import CRASHED, FileScanner, Result, default_jobs, scan_files
from leakscan.progress import TerminalProgress

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small tree: leaking and clean scripts, notebooks, and files that cannot be analyzed."""
    root = tmp_path_factory.mktemp("project")
    core = sorted((ROOT / "fixtures" / "core").glob("*.py"))
    scripts = [p for p in core if p.name.startswith("clean")][:6] + [p for p in core if p.name.startswith("lk")][:10]
    for i, src in enumerate(scripts):
        folder = root / ("models" if i % 2 else "data")
        folder.mkdir(exist_ok=True)
        shutil.copy(src, folder / src.name)
    for src in sorted((ROOT / "fixtures" / "notebooks").glob("*.ipynb"))[:2]:
        shutil.copy(src, root / src.name)
    (root / "broken.py").write_text("def f(:\n    pass\n")
    (root / "latin.py").write_bytes(b"x = '\xe9'\n")
    (root / "bad.ipynb").write_text("{not json")
    return root


def _report(paths: list[str], jobs: int, cache: Cache | None = None) -> dict[str, object]:
    data = scan_paths(paths, Options(), jobs=jobs, cache=cache).to_dict(__version__)
    data["summary"].pop("seconds")  # type: ignore[union-attr]
    return data


def _marked(project: Path) -> set[tuple[str, int | None, int, str]]:
    """The findings the copied fixtures' ``# expect:`` markers name: (file, cell, line, code)."""
    out: set[tuple[str, int | None, int, str]] = set()
    for path in project.rglob("*.py"):
        out |= {(path.name, None, line, code) for line, code in expected_markers(path.read_text(errors="replace"))}
    for path in project.rglob("*.ipynb"):
        try:
            cells = json.loads(path.read_text())["cells"]
        except ValueError:
            continue
        for index, cell in enumerate(cells, 1):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            out |= {(path.name, index, line, code) for line, code in expected_markers(source)}
    return out


def test_jobs_1_and_2_give_identical_reports(project: Path) -> None:
    one = _report([str(project)], 1)
    two = _report([str(project)], 2)
    assert one == two
    found = {(Path(f["path"]).name, f["cell"], f["line"], f["code"]) for f in one["findings"]}  # type: ignore[union-attr, index]
    assert found == _marked(project)  # the same, and the right findings
    assert one["findings"] and len(one["errors"]) == 3  # type: ignore[arg-type]
    assert {Path(e["path"]).name for e in one["errors"]} == {"broken.py", "latin.py", "bad.ipynb"}  # type: ignore[union-attr, index]


def test_parallel_with_cache_cold_and_warm_match(project: Path, tmp_path: Path) -> None:
    baseline = _report([str(project)], 1)
    cache = Cache(tmp_path / "cache")
    assert _report([str(project)], 2, cache) == baseline  # cold: workers write entries
    assert _report([str(project)], 2, cache) == baseline  # warm: served by the parent
    assert _report([str(project)], 1, cache) == baseline


def test_results_follow_input_order(project: Path) -> None:
    files = sorted(str(p) for p in project.rglob("*.py"))[::-1]
    results = scan_files(files, FileScanner(Options()), jobs=2)
    assert len(results) == len(files)
    for path, (findings, error) in zip(files, results):
        assert all(f.path == path for f in findings)
        assert error is None or error.path == path


class _CrashOn(FileScanner):
    """A scanner whose worker dies (as on a native parser crash) on one file."""

    def __call__(self, path: str, *, lookup: bool = True) -> Result:
        if path.endswith("broken.py") and os.getpid() != self.extra_pid:
            os._exit(70)
        return super().__call__(path, lookup=lookup)

    extra_pid = 0


def test_a_crashing_worker_costs_only_its_file(project: Path) -> None:
    files = sorted(str(p) for p in project.rglob("*.py"))
    scanner = _CrashOn(Options())
    scanner.extra_pid = os.getpid()
    results = scan_files(files, scanner, jobs=2)
    by_path = dict(zip(files, results))
    crashed = [p for p, (_, e) in by_path.items() if e is not None and e.message == CRASHED]
    assert [Path(p).name for p in crashed] == ["broken.py"]
    expected = scan_files(files, FileScanner(Options()), jobs=1)
    for path, want in zip(files, expected):
        if not path.endswith("broken.py"):
            assert by_path[path] == want


def test_progress_reaches_total(project: Path) -> None:
    seen: list[tuple[int, int]] = []
    files = sorted(str(p) for p in project.rglob("*.py"))
    scan_files(files, FileScanner(Options()), jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(files)) and seen[-1] == (len(files), len(files))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_unpicklable_options_fall_back_to_one_process(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    import leakscan.parallel as parallel

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    options = Options(enabled=lambda code, path: code != "LK101")  # a lambda does not pickle
    files = sorted(str(p) for p in project.rglob("*.py"))
    results = scan_files(files, FileScanner(options), jobs=2)
    assert all(f.code != "LK101" for findings, _ in results for f in findings)
    assert results == scan_files(files, FileScanner(options), jobs=1)


def test_default_jobs_is_at_least_one() -> None:
    assert default_jobs() >= 1


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_only() -> None:
    tty, pipe = _Tty(), io.StringIO()
    for stream in (tty, pipe):
        with TerminalProgress(stream, delay=0) as progress:
            progress(0, 10)
            progress(5, 10)
            progress(10, 10)
    assert "Scanning" in tty.getvalue() and "10/10" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_progress_bar_waits_for_long_scans() -> None:
    tty = _Tty()
    with TerminalProgress(tty, delay=60) as progress:
        progress(0, 10)
        progress(10, 10)
    assert tty.getvalue() == ""


def test_cli_jobs_1_and_2_match_and_print_no_progress_when_not_a_tty(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEAKSCAN_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    one = runner.invoke(main, ["check", "--jobs", "1", "--no-cache", str(project)])
    two = runner.invoke(main, ["check", "--jobs", "2", str(project)])
    again = runner.invoke(main, ["check", str(project)])
    assert one.exit_code == two.exit_code == again.exit_code == 2  # findings and unreadable files
    assert one.stdout == two.stdout == again.stdout and "LK" in one.stdout
    shown = {(Path(line.split(":")[0]).name, line.split(": ")[1].split()[0]) for line in one.stdout.splitlines() if ": LK" in line}
    assert shown == {(name, code) for name, _, _, code in _marked(project)}
    assert one.stderr == two.stderr == again.stderr == ""


def test_cli_rejects_jobs_zero(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--jobs", "0", str(project)])
    assert result.exit_code == 2 and "jobs" in result.output.lower()


def test_collector_thresholds_are_restored(project: Path) -> None:
    import gc

    before = gc.get_threshold()
    scan_paths([str(project)], Options(), jobs=1)
    assert gc.get_threshold() == before
