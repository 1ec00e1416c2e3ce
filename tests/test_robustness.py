"""Robustness (SPEC section 7): every input problem is one ``errors`` entry and the scan goes on.

Hostile inputs come from ``tests/hostile`` and are written at test time. Also covered here:
the per-file time budget (``--timeout``), internal errors in one rule or in the builder
(reported per file and rule, the rest of the scan kept), ``--verbose`` tracebacks, and the
last guard of the command line (no traceback for a bug or Ctrl-C).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import GOOD, GOOD_CODE, HOSTILE, VALID_ODDITIES, make_all, notebook, restore_permissions

from conftest import ROOT
from leakscan import budget, engine
from leakscan.analysis import Analysis, Hit
from leakscan.api import Options, ScanError, scan_file, scan_paths, scan_source
from leakscan.budget import BudgetExceeded, check_size, time_budget
from leakscan.cache import Cache
from leakscan.cli import main
from leakscan.parallel import FileScanner
from leakscan.rules import all_rules
from leakscan.reporters import FORMATS, render
from leakscan.rules.base import Rule

GOOD_NOTEBOOK = notebook(*GOOD.split("\n\n"))
WALL_LIMIT = 180  # seconds for the whole hostile folder, far above what it takes (about 10 s)


# --------------------------------------------------------------------------- the hostile folder


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, bool]]]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "project"
    made = make_all(folder)
    (folder / "good.py").write_text(GOOD)
    (folder / "nested").mkdir()
    (folder / "nested" / "good_too.py").write_text(GOOD)
    (folder / "good.ipynb").write_text(GOOD_NOTEBOOK)
    yield folder, made
    restore_permissions(folder)


def _run_cli(folder: Path, *args: str, cache: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEAKSCAN_CACHE_DIR": str(cache)}
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "leakscan", "check", ".", *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=WALL_LIMIT, errors="replace",
    )
    return proc, time.monotonic() - start


def _expected_errors(made: dict[str, bool]) -> dict[str, str]:
    return {h.name: h.reason for h in HOSTILE if made[h.name]}


def _check_report(data: dict, made: dict[str, bool]) -> None:
    expected = _expected_errors(made)
    errors: dict[str, list[str]] = {}
    for entry in data["errors"]:
        errors.setdefault(entry["path"].replace(os.sep, "/"), []).append(entry["message"])
    assert set(errors) == set(expected), "errors for other paths than the hostile ones"
    for name, reason in expected.items():
        assert len(errors[name]) == 1, f"{name}: one entry expected, got {errors[name]}"
        assert re.search(reason, errors[name][0]), f"{name}: {errors[name][0]!r} does not match {reason!r}"
    with_findings = {f["path"].replace(os.sep, "/") for f in data["findings"] if f["code"] == GOOD_CODE}
    assert {"good.py", "nested/good_too.py", "good.ipynb", "loop/inner.py"} <= with_findings
    assert not with_findings & set(VALID_ODDITIES)
    assert data["summary"]["errors"] == len(expected)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hostile_folder_is_scanned_to_the_end(hostile_folder: tuple[Path, dict[str, bool]], tmp_path: Path, jobs: str) -> None:
    """The acceptance test of issue 9: good files next to every hostile input, through the CLI.

    ``--jobs 1`` analyzes in the leakscan process itself, so a crash of the native parser would
    end it; ``--jobs 2`` goes through the worker pool.
    """
    folder, made = hostile_folder
    proc, seconds = _run_cli(folder, "--format", "json", "--jobs", jobs, cache=tmp_path / "cache")
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert proc.returncode == 2, proc.stderr
    assert seconds < WALL_LIMIT
    _check_report(json.loads(proc.stdout), made)


def test_hostile_folder_text_format_and_warm_cache(hostile_folder: tuple[Path, dict[str, bool]], tmp_path: Path) -> None:
    folder, made = hostile_folder
    for _ in range(2):  # cold, then every result (errors included) from the cache
        proc, _ = _run_cli(folder, "--jobs", "2", cache=tmp_path / "cache")
        assert proc.returncode == 2
        assert "Traceback" not in proc.stderr
        for name in _expected_errors(made):
            assert re.search(rf"^{re.escape(name)}: error: ", proc.stdout, re.M), name
        assert re.search(rf"^good\.py:\d+:\d+: {GOOD_CODE} ", proc.stdout, re.M)


def test_hostile_folder_through_the_api(hostile_folder: tuple[Path, dict[str, bool]], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, made = hostile_folder
    monkeypatch.chdir(folder)
    report = scan_paths(["."], Options())
    _check_report(report.to_dict("test"), made)


def test_hostile_folder_in_fix_and_diff_modes(hostile_folder: tuple[Path, dict[str, bool]], tmp_path: Path) -> None:
    """``--diff`` reads every file the way ``--fix`` does: same errors, no traceback, no hang."""
    folder, made = hostile_folder
    proc, _ = _run_cli(folder, "--diff", "--unsafe-fixes", cache=tmp_path / "cache")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    for name in _expected_errors(made):
        assert re.search(rf"^{re.escape(name)}: error: ", proc.stderr, re.M), name
    assert "+++ good.py" in proc.stdout


@pytest.mark.parametrize("name", sorted(VALID_ODDITIES))
def test_odd_but_valid_inputs_are_analyzed_without_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(VALID_ODDITIES[name])
    findings, error = scan_file(str(path))
    assert error is None
    assert findings == []


@pytest.mark.parametrize("hostile", HOSTILE, ids=[h.name for h in HOSTILE])
def test_each_hostile_input_alone(tmp_path: Path, hostile) -> None:  # type: ignore[no-untyped-def]
    """Each input on its own, through the API: the reason is the file's, and nothing raises."""
    made = hostile.make(tmp_path)
    try:
        report = scan_paths([str(tmp_path)], Options())
    finally:
        restore_permissions(tmp_path)
    messages = [e.message for e in report.errors if e.path.replace(os.sep, "/").endswith(hostile.name)]
    if made:
        assert len(messages) == 1 and re.search(hostile.reason, messages[0]), (messages, report.errors)
    else:
        assert messages == []


def test_undecodable_file_name_in_every_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file name that is not valid UTF-8 (POSIX allows any bytes) breaks no reporter."""
    try:
        (tmp_path / os.fsdecode(b"leak\xff.py")).write_text(GOOD)
        (tmp_path / os.fsdecode(b"broken\xfe.py")).write_text("def f(:\n")
    except (UnicodeError, OSError):
        pytest.skip("this file system refuses names that are not UTF-8")
    monkeypatch.chdir(tmp_path)
    report = scan_paths(["."], Options())
    assert len(report.findings) == 1 and len(report.errors) == 1
    sources = {f.path: GOOD for f in report.findings}
    for fmt in FORMATS:
        rendered = render(report, fmt, version="test", sources=sources)
        rendered.encode("utf-8", "surrogateescape")  # what writing it to a file or a pipe does
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "leakscan", "check", ".", "--no-cache", "--jobs", "1"],
        cwd=tmp_path, env=env, capture_output=True, timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert b"leak\xff.py:9:5: LK101" in proc.stdout  # the name's own bytes
    assert b"broken\xfe.py: error: syntax error" in proc.stdout
    assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr


def test_a_notebook_with_tens_of_mb_of_outputs_is_analyzed(tmp_path: Path) -> None:
    """Size limits and the time budget are about code: plots in the outputs do not count."""
    document = json.loads(GOOD_NOTEBOOK)
    image = "iVBORw0KGgo" + "A" * (24 * 1024 * 1024)
    document["cells"][0]["outputs"] = [{"output_type": "display_data", "metadata": {}, "data": {"image/png": image}}]
    path = tmp_path / "plots.ipynb"
    path.write_text(json.dumps(document))
    findings, error = scan_file(str(path), Options(timeout=30))
    assert error is None
    assert [f.code for f in findings] == [GOOD_CODE]


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The permission path where tests run as root (chmod 000 does not stop root)."""
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "secret.py").write_text(GOOD)
    real_open = os.open

    def guarded(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("secret.py"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
    report = scan_paths([str(tmp_path)], Options())
    assert [(Path(e.path).name, e.message) for e in report.errors] == [("secret.py", "permission denied")]
    assert {Path(f.path).name for f in report.findings} == {"good.py"}


# --------------------------------------------------------------------------- the time budget


class _SlowRule(Rule):
    """Burns CPU in pure Python, swallowing every ``Exception`` on the way (as buggy code might)."""

    code = "LK998"
    name = "slow-rule"
    summary = why = invalid = valid = fix = ""
    seconds = 30.0

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        end = time.monotonic() + self.seconds
        while time.monotonic() < end:
            try:
                sum(range(1000))
            except Exception:  # noqa: BLE001 - the budget must get through this
                pass
        return iter(())


class _BrokenRule(Rule):
    code = "LK999"
    name = "broken-rule"
    summary = why = invalid = valid = fix = ""

    def check(self, analysis: Analysis) -> Iterator[Hit]:
        raise KeyError("boom")


def _with(*extra: type[Rule]) -> list[type[Rule]]:
    return [*all_rules(), *extra]


def _cli_with(monkeypatch: pytest.MonkeyPatch, *extra: type[Rule]) -> None:
    """Make ``leakscan check`` run these test rules too (the configuration knows only real ones)."""
    import leakscan.cli as cli

    codes = {rule.code for rule in extra}
    build = cli.build_options

    def build_options(*args, **kwargs):  # type: ignore[no-untyped-def]
        options = build(*args, **kwargs)
        enabled = options.enabled
        options.enabled = lambda code, path: code in codes or enabled is None or enabled(code, path)
        return options

    monkeypatch.setattr(engine, "all_rules", lambda: _with(*extra))
    monkeypatch.setattr(cli, "build_options", build_options)
    monkeypatch.setattr(cli, "_VERBOSE", False)  # restored after runs with --verbose


def test_a_slow_file_becomes_an_error_within_its_budget() -> None:
    start = time.monotonic()
    with pytest.raises(ScanError, match=r"analysis took longer than 0\.5 s") as info:
        scan_source(GOOD, "slow.py", options=Options(rules=_with(_SlowRule), timeout=0.5))
    assert time.monotonic() - start < 5
    assert not info.value.cacheable
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_no_budget_when_the_timeout_is_none_or_zero() -> None:
    class Brief(_SlowRule):
        seconds = 0.3

    for timeout in (None, 0):
        assert scan_source(GOOD, "x.py", options=Options(rules=[Brief], timeout=timeout)) == []


def test_the_budget_restores_an_outer_timer_and_handler() -> None:
    fired: list[int] = []

    def outer(signum, frame):  # type: ignore[no-untyped-def]
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 100.0)
        scan_source(GOOD, "x.py", options=Options(timeout=10))
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < left <= 100
        assert signal.getsignal(signal.SIGALRM) is outer
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


def test_an_outer_timer_that_expires_first_still_fires() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)

        class Brief(_SlowRule):
            seconds = 0.6

        scan_source(GOOD, "x.py", options=Options(rules=[Brief], timeout=10))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == [signal.SIGALRM]


def test_nested_budgets_keep_the_outer_deadline() -> None:
    start = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with time_budget(0.3):
            with time_budget(60):
                while True:
                    time.sleep(0.01)
    assert time.monotonic() - start < 3


def test_outside_the_main_thread_there_is_no_timer_and_no_error() -> None:
    class Brief(_SlowRule):
        seconds = 0.5

    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(scan_source(GOOD, "x.py", options=Options(rules=[Brief], timeout=0.1)))
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert outcome == [[]]


def test_cooperative_check_where_no_timer_can_be_set() -> None:
    """In a thread there is no ``SIGALRM``: ``budget.check()`` is what a long loop can call."""
    budget.check()  # no budget: nothing to check
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            with time_budget(0.05):
                end = time.monotonic() + 0.2
                while time.monotonic() < end:
                    pass
                budget.check()
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], BudgetExceeded)


def test_a_budget_belongs_to_its_thread() -> None:
    """The language server analyzes on worker threads: their budgets must not leak into others."""
    entered, leave = threading.Event(), threading.Event()

    def work() -> None:
        with time_budget(0.01):
            entered.set()
            leave.wait(10)

    thread = threading.Thread(target=work)
    thread.start()
    try:
        assert entered.wait(10)
        time.sleep(0.05)
        check_size(10**9)  # no budget in this thread: nothing is too large
        budget.check()
    finally:
        leave.set()
        thread.join(10)


def test_size_is_checked_against_the_time_left() -> None:
    check_size(10**9)  # no budget: no limit
    with time_budget(1):
        check_size(budget.CHARS_PER_SECOND // 2)
        with pytest.raises(BudgetExceeded, match=r"too large to analyze within the 1 s time budget"):
            check_size(budget.CHARS_PER_SECOND * 2)


def test_timeouts_are_not_cached(tmp_path: Path) -> None:
    path = tmp_path / "slow.py"
    path.write_text(GOOD)
    cache = Cache(tmp_path / "cache")
    scanner = FileScanner(Options(rules=[_SlowRule], timeout=0.3), cache.bind(Options(rules=[_SlowRule])))
    findings, error = scanner(str(path))
    assert error is not None and "took longer" in error.message
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_cli_timeout_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "slow.py").write_text(GOOD + "\n# slow\n")

    class SlowOnOneFile(_SlowRule):
        def check(self, analysis: Analysis) -> Iterator[Hit]:
            return super().check(analysis) if analysis.path.endswith("slow.py") else iter(())

    _cli_with(monkeypatch, SlowOnOneFile)
    monkeypatch.chdir(tmp_path)
    start = time.monotonic()
    result = CliRunner().invoke(main, ["check", ".", "--jobs", "1", "--no-cache", "--timeout", "0.5"])
    assert time.monotonic() - start < 20
    assert result.exit_code == 2, result.output
    assert "slow.py: error: analysis took longer than 0.5 s" in result.output
    assert f"good.py:9:5: {GOOD_CODE}" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_rejects_a_negative_timeout(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--timeout", "-1"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- internal errors


def test_a_broken_rule_costs_only_its_own_findings() -> None:
    with pytest.raises(ScanError) as info:
        scan_source(GOOD, "x.py", options=Options(rules=_with(_BrokenRule)))
    message = str(info.value)
    assert message == "internal error in rule LK999 on x.py: KeyError: 'boom' (run with --verbose for the traceback)"
    assert [f.code for f in info.value.findings] == [GOOD_CODE]
    assert not info.value.cacheable


def test_a_broken_rule_through_scan_file_and_scan_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.py").write_text(GOOD)
    (tmp_path / "b.py").write_text(GOOD)
    findings, error = scan_file(str(tmp_path / "a.py"), Options(rules=_with(_BrokenRule)))
    assert error is not None and "rule LK999" in error.message
    assert [f.code for f in findings] == [GOOD_CODE]
    monkeypatch.setattr(engine, "all_rules", lambda: _with(_BrokenRule))
    for jobs in (1, 2):  # workers are forked: they see the broken rule too
        report = scan_paths([str(tmp_path)], Options(), jobs=jobs)
        assert sorted(Path(e.path).name for e in report.errors) == ["a.py", "b.py"]
        assert sorted(Path(f.path).name for f in report.findings) == ["a.py", "b.py"]


def test_internal_errors_are_not_cached(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    path.write_text(GOOD)
    options = Options(rules=_with(_BrokenRule))
    scanner = FileScanner(options, Cache(tmp_path / "cache").bind(options))
    findings, error = scanner(str(path))
    assert error is not None and [f.code for f in findings] == [GOOD_CODE]
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_a_builder_bug_is_the_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(self):  # type: ignore[no-untyped-def]
        raise AttributeError("no such thing")

    monkeypatch.setattr(engine.Builder, "build", explode)
    with pytest.raises(ScanError, match=r"^internal error in the dataflow builder on x\.py: AttributeError: no such thing"):
        scan_source(GOOD, "x.py")


def test_a_parser_bug_or_panic_is_the_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # what a Rust panic in libcst's native parser raises
        pass

    for exc in (ValueError("odd"), PanicException("index out of bounds")):
        def fail(text: str, exc: BaseException = exc) -> None:
            raise exc

        monkeypatch.setattr(engine.cst, "parse_module", fail)
        with pytest.raises(ScanError, match=r"^internal error in the parser on x\.py: "):
            scan_source("x = 1\n", "x.py")


def test_verbose_prints_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ScanError, match=r"traceback on standard error"):
        scan_source(GOOD, "x.py", options=Options(rules=[_BrokenRule], verbose=True))
    err = capfd.readouterr().err
    assert "Traceback (most recent call last)" in err and "KeyError: 'boom'" in err


def test_cli_internal_error_in_a_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cli_with(monkeypatch, _BrokenRule)
    (tmp_path / "x.py").write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    plain = CliRunner().invoke(main, ["check", ".", "--jobs", "1", "--no-cache"])
    assert plain.exit_code == 2
    assert "x.py: error: internal error in rule LK999 on x.py: KeyError: 'boom' (run with --verbose for the traceback)" in plain.output
    assert f"x.py:9:5: {GOOD_CODE}" in plain.output
    assert "Traceback" not in plain.output
    verbose = CliRunner().invoke(main, ["check", ".", "--jobs", "1", "--no-cache", "--verbose"])
    assert verbose.exit_code == 2
    assert "Traceback (most recent call last)" in verbose.output  # CliRunner mixes stderr in


def test_cli_guard_for_bugs_outside_the_per_file_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import leakscan.cli as cli
    import leakscan.reporters

    monkeypatch.setattr(cli, "_VERBOSE", False)  # restored after the -v run below
    (tmp_path / "x.py").write_text(GOOD)

    def broken_render(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("reporter bug")

    monkeypatch.setattr(leakscan.reporters, "render", broken_render)  # the CLI imports it when it runs
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 2
    assert "leakscan: internal error: RuntimeError: reporter bug (run with --verbose for the traceback)" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache", "--jobs", "1", "-v"])
    assert result.exit_code == 2 and "Traceback (most recent call last)" in result.output


def test_cli_ctrl_c_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import leakscan.scanning

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(leakscan.scanning, "scan_paths", interrupted)
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache"])
    assert result.exit_code == 130
    assert result.output.strip() == "leakscan: interrupted"


# --------------------------------------------------------------------------- fixes under interruption

REFIT = """\
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X = pd.read_csv("x.csv")
y = pd.read_csv("y.csv")
X_train, X_test, y_train, y_test = train_test_split(X, y)
sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)  # refit: a safe fix
"""
REFIT_FIXED = REFIT.replace("X_test = sc.fit_transform(X_test)", "X_test = sc.transform(X_test)")
MODES = (0o644, 0o600, 0o755, 0o664)


def _fix_project(folder: Path, count: int) -> dict[Path, tuple[bytes, bytes, int]]:
    """``count`` files with a safe fix: path -> (original, fixed, mode)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for i in range(count):
        path = folder / f"part{i // 10}" / f"train_{i:03d}.py"
        path.parent.mkdir(exist_ok=True)
        header = f"# script {i}\n" + "# padding line\n" * (i % 7)
        original, fixed = (header + REFIT).encode(), (header + REFIT_FIXED).encode()
        path.write_bytes(original)
        mode = MODES[i % len(MODES)]
        path.chmod(mode)
        files[path] = (original, fixed, mode)
    return files


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".py")]


def test_fixed_text_is_what_the_fix_engine_computes() -> None:
    from leakscan.fixes.apply import fix_source

    assert fix_source(REFIT, "t.py").fixed == REFIT_FIXED


def test_a_failing_rename_leaves_that_file_whole_and_the_others_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash between writing the temporary file and renaming it over the original."""
    from leakscan.fixes import apply as fix_apply

    files = _fix_project(tmp_path / "project", 6)
    victim = sorted(files)[2]
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if os.path.samefile(os.path.dirname(dst), victim.parent) and os.path.basename(dst) == victim.name:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(fix_apply.os, "replace", replace)
    report, results = fix_apply.fix_paths([str(tmp_path / "project")], Options())
    assert [(Path(e.path).name, e.message) for e in report.errors] == [(victim.name, "cannot write the fixes: No space left on device")]
    for path, (original, fixed, mode) in files.items():
        assert path.read_bytes() == (original if path == victim else fixed), path.name
        assert stat_mode(path) == mode
    assert _leftovers(tmp_path / "project") == []  # the temporary file was removed


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_read_only_file_is_reported_and_not_touched_by_the_cli(tmp_path: Path) -> None:
    files = _fix_project(tmp_path / "project", 3)
    locked = sorted(files)[1]
    locked.chmod(0o444)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEAKSCAN_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "leakscan", "check", "project", "--fix"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert re.search(rf"{re.escape(locked.name)}: error: cannot write the fixes: .*read-only", proc.stdout)
    assert "Traceback" not in proc.stderr
    for path, (original, fixed, _) in files.items():
        assert path.read_bytes() == (original if path == locked else fixed)
    assert stat_mode(locked) == 0o444
    locked.chmod(0o644)


def _kill_when(proc: subprocess.Popen[bytes], files: dict[Path, tuple[bytes, bytes, int]], fixed_at_least: int) -> int:
    """SIGKILL the run as soon as ``fixed_at_least`` files are fixed; how many were then."""
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = sum(path.read_bytes() == fixed for path, (_, fixed, _) in files.items())
        if done >= fixed_at_least:
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return done


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_fix_killed_mid_run_leaves_every_file_original_or_fully_fixed(tmp_path: Path) -> None:
    files = _fix_project(tmp_path / "project", 80)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEAKSCAN_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "leakscan", "check", "project", "--fix", "--no-cache"]
    interrupted = 0
    for at_least in (1, len(files) // 2):
        proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        done = _kill_when(proc, files, at_least)
        interrupted += done < len(files)
        for path, (original, fixed, mode) in files.items():
            assert path.read_bytes() in (original, fixed), f"{path.name} is half-written"
            assert stat_mode(path) == mode, path.name
        # a temporary file a kill left behind is never taken for a source file
        assert all(p.name.endswith(".leakscan-tmp") for p in _leftovers(tmp_path / "project"))
    assert interrupted, "the run finished before it could be interrupted"
    # the next run completes the work and does not trip over the leftovers
    proc = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for path, (_, fixed, mode) in files.items():
        assert path.read_bytes() == fixed and stat_mode(path) == mode
    assert _leftovers(tmp_path / "project") == []  # and it cleared what the killed runs left


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to see the workers start")
def test_ctrl_c_during_a_parallel_scan_prints_one_line(tmp_path: Path) -> None:
    """SIGINT reaches the workers too: none of them may print a traceback.

    The signal is sent once the workers are running (seen in /proc), on a scan far too long
    to finish first, so the test always interrupts a parallel scan rather than skipping.
    """
    for i in range(1500):
        (tmp_path / f"train_{i}.py").write_text(GOOD + f"# {i}\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "leakscan", "check", ".", "--no-cache", "--jobs", "2"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are analyzing now
    assert proc.poll() is None, "the scan ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip() == "leakscan: interrupted"


def test_the_next_fix_removes_the_temporary_files_a_killed_run_left_and_only_those(tmp_path: Path) -> None:
    from leakscan import tempfiles

    files = _fix_project(tmp_path / "project", 2)
    folder = tmp_path / "project" / "part0"  # the folder of the files being fixed
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        first = sorted(files)[0].name
        left = folder / f".{first}.{dead_pid}.abcd_123{tempfiles.SUFFIX}"  # a killed run's
        writing = folder / f".{first}.{sleeper.pid}.zzzz9999{tempfiles.SUFFIX}"  # a live run's, fresh
        old = folder / f".{first}.{sleeper.pid}.oldoldol{tempfiles.SUFFIX}"  # a live pid, but a day old
        keep = [folder / f".{first}.{dead_pid}.abcd_123.bak", folder / f"notes{tempfiles.SUFFIX}", folder / "data.csv"]
        for path in [left, writing, old, *keep]:
            path.write_bytes(b"partial")
        os.utime(old, (time.time() - 86400, time.time() - 86400))
        (folder / f".x.py.{dead_pid}.dirdirdi{tempfiles.SUFFIX}").mkdir()  # not a file: left alone
        assert tempfiles.is_ours(left.name) and not any(tempfiles.is_ours(p.name) for p in keep)
        result = CliRunner().invoke(main, ["check", str(tmp_path / "project"), "--fix", "--no-cache"])
        assert result.exit_code == 0, result.output
        assert not left.exists() and not old.exists()
        assert writing.exists() and all(p.exists() for p in keep)
        assert (folder / f".x.py.{dead_pid}.dirdirdi{tempfiles.SUFFIX}").is_dir()
        for path, (_, fixed, _) in files.items():
            assert path.read_bytes() == fixed
    finally:
        sleeper.kill()
        sleeper.wait()
