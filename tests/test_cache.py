"""The on-disk cache: hits, misses, invalidation, corrupt entries, concurrent writers."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import leakscan.engine as engine
import leakscan.cache as cache_mod
from leakscan.api import Options, scan_paths
from leakscan.cache import Cache, default_cache_dir, finding_from_dict, finding_to_dict
from leakscan.cli import build_options, main
from leakscan.config import Config
from leakscan.findings import Edit, FileError, Finding, Fix, Location, Related

LEAK = """\
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("data.csv")
X = df.drop(columns=["y"])
y = df["y"]
X = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y)
"""
CLEAN = "import pandas as pd\n\ndf = pd.read_csv('data.csv')\nprint(df.shape)\n"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths actually analyzed (cache misses), in order."""
    seen: list[str] = []
    real = engine.analyze_bytes

    def counting(data: bytes, path: str, options: Options | None = None) -> list[Finding]:
        seen.append(path)
        return real(data, path, options)

    monkeypatch.setattr(engine, "analyze_bytes", counting)
    return seen


def _scan(path: Path, cache: Cache, options: Options | None = None) -> list[tuple[str, int, str]]:
    report = scan_paths([str(path)], options or Options(), cache=cache)
    return [(f.path, f.line, f.code) for f in report.findings] + [(e.path, 0, e.message) for e in report.errors]


def _entries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith(".tmp-"))


def test_finding_round_trip() -> None:
    finding = Finding(
        "LK101", "fit-before-split", "error", "fitted before the split",
        Location("nb.ipynb", 3, 5, 3, 20, cell=2),
        (Related(Location("nb.ipynb", 4, 1, cell=3), "split here"),),
        Fix("safe", "move it", (Edit(3, 1, 4, 1, "x = 1\n", cell=2), Edit(9, 1, 9, 1, ""))),
    )
    data = json.loads(json.dumps(finding_to_dict(finding)))
    assert finding_from_dict(data) == finding
    plain = Finding("LK401", "score-on-training-data", "warning", "m", Location("a.py", 1, 1))
    assert finding_from_dict(json.loads(json.dumps(finding_to_dict(plain)))) == plain


def test_hit_after_miss(tmp_path: Path, calls: list[str]) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    cache = Cache(tmp_path / "cache")
    first = _scan(file, cache)
    second = _scan(file, cache)
    assert first == second and any(code == "LK101" for _, _, code in first)
    assert calls == [str(file)]
    assert len(_entries(tmp_path / "cache")) == 1
    assert (tmp_path / "cache" / "CACHEDIR.TAG").is_file()


def test_content_change_is_a_miss(tmp_path: Path, calls: list[str]) -> None:
    """What ``--fix`` relies on: a rewritten file never gets the old file's findings."""
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    cache = Cache(tmp_path / "cache")
    assert _scan(file, cache)
    file.write_text(CLEAN)
    assert _scan(file, cache) == []
    file.write_text(LEAK)
    assert _scan(file, cache)
    assert len(calls) == 2  # the third scan is the first content again: a hit


def test_version_change_is_a_miss(tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    cache = Cache(tmp_path / "cache")
    _scan(file, cache)
    monkeypatch.setattr(cache_mod, "__version__", "999.0")
    monkeypatch.setattr(cache_mod, "_CODE_FINGERPRINT", None)
    _scan(file, Cache(tmp_path / "cache"))
    assert len(calls) == 2
    assert len([d for d in (tmp_path / "cache").iterdir() if d.is_dir()]) == 2  # one folder per build


def test_configuration_change_is_a_miss(tmp_path: Path, calls: list[str]) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    root = tmp_path / "cache"
    default = build_options(Config(), None, None, None)
    ignoring = build_options(Config(), None, "LK101", None)
    with_apis = build_options(Config(apis={"splitters": ["mylib.split"]}), None, None, None)
    per_file = build_options(Config(per_file_ignores={"*.py": ["LK101"]}), None, None, None)
    no_noqa = Options(honor_noqa=False)
    results = [_scan(file, Cache(root), opts) for opts in (default, ignoring, with_apis, no_noqa)]
    assert len(calls) == 4
    assert any(code == "LK101" for _, _, code in results[0])
    assert not any(code == "LK101" for _, _, code in results[1])
    # The key holds the rules in effect on the file: a per-file ignore that leaves the same
    # rules as --ignore is the same configuration for this file, so it hits.
    assert _scan(file, Cache(root), per_file) == results[1]
    for opts in (default, ignoring, with_apis, per_file, no_noqa):  # every one now cached
        _scan(file, Cache(root), opts)
    assert len(calls) == 4


def test_same_content_elsewhere_is_a_hit_with_the_new_path(tmp_path: Path, calls: list[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "train.py", tmp_path / "b" / "train.py"
    first.write_text(LEAK)
    second.write_text(LEAK)
    cache = Cache(tmp_path / "cache")
    one = _scan(first, cache)
    two = _scan(second, cache)
    assert calls == [str(first)]
    assert one and [(str(second), line, code) for _, line, code in one] == two


def test_script_and_notebook_with_same_bytes_do_not_share(tmp_path: Path, calls: list[str]) -> None:
    script, notebook = tmp_path / "x.py", tmp_path / "x.ipynb"
    script.write_text("print(1)\n")
    notebook.write_text("print(1)\n")
    cache = Cache(tmp_path / "cache")
    assert _scan(script, cache) == []
    errors = _scan(notebook, cache)
    assert len(calls) == 2 and errors and errors[0][0] == str(notebook)


def test_file_errors_are_cached_and_relocated(tmp_path: Path, calls: list[str]) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def f(:\n")
    cache = Cache(tmp_path / "cache")
    first = _scan(broken, cache)
    other = tmp_path / "copy.py"
    other.write_text("def f(:\n")
    second = _scan(other, cache)
    assert len(calls) == 1
    assert first[0][0] == str(broken) and second[0][0] == str(other) and first[0][2] == second[0][2]


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"format": 1, "path": "x.py"', b'{"format": 1}', b"[1, 2]", b'{"format": 0, "path": "x", "findings": [], "error": null}',
     b'{"format": 1, "path": "x.py", "findings": [{"code": 3}], "error": null}', b"\xff\xfe\x00"],
)
def test_corrupt_entry_is_ignored_and_replaced(tmp_path: Path, calls: list[str], content: bytes) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    root = tmp_path / "cache"
    expected = _scan(file, Cache(root))
    (entry,) = _entries(root)
    entry.write_bytes(content)
    assert _scan(file, Cache(root)) == expected
    assert len(calls) == 2
    assert _scan(file, Cache(root)) == expected and len(calls) == 2  # rewritten whole


def test_unwritable_cache_does_not_break_the_scan(tmp_path: Path) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    assert any(code == "LK101" for _, _, code in _scan(file, Cache(blocker)))
    assert blocker.is_file()


def test_cache_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEAKSCAN_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("LEAKSCAN_CACHE_DIR")
    assert default_cache_dir() == tmp_path / "xdg" / "leakscan"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "leakscan"


def test_key_requires_bind(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        Cache(tmp_path).key(b"x", "x.py")


def _hammer(root: str, key: str, worker: int, rounds: int, queue: multiprocessing.Queue[object]) -> None:
    """Write and read the same entry as fast as possible; report anything a reader saw wrong."""
    cache = Cache(root)
    problems = []
    for i in range(rounds):
        findings = [
            Finding("LK101", "fit-before-split", "error", f"writer {worker} round {i} " + "x" * (worker * 500),
                    Location("t.py", n + 1, 1))
            for n in range(worker + 1)
        ]
        if not cache.put(key, "t.py", (findings, None)):
            problems.append("put failed")
        got = cache.get(key, "t.py")
        if got is None:
            problems.append("entry missing or partial")
        elif not (got[0] and got[0][0].message.startswith("writer")):
            problems.append(f"bad entry {got!r:.80}")
    queue.put(problems)


def test_concurrent_writers_never_expose_a_partial_entry(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    key = "ab" + "0" * 62
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(root), key, w, 150, queue)) for w in range(4)]
    for p in procs:
        p.start()
    problems = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert problems == [[], [], [], []]
    assert not list(root.rglob(".tmp-*"))  # every temp file was renamed into place
    findings, error = Cache(root).get(key, "t.py")  # type: ignore[misc]
    assert error is None and findings[0].message.startswith("writer")


def test_cli_no_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    root = tmp_path / "cache"
    monkeypatch.setenv("LEAKSCAN_CACHE_DIR", str(root))
    runner = CliRunner()
    first = runner.invoke(main, ["check", "--no-cache", "--jobs", "1", str(file)])
    assert first.exit_code == 1 and "LK101" in first.output
    assert not root.exists()
    second = runner.invoke(main, ["check", "--jobs", "1", str(file)])
    third = runner.invoke(main, ["check", str(file)])
    assert second.output == first.output == third.output
    assert len(_entries(root)) == 1


def test_error_type_round_trip() -> None:
    error = FileError("x.py", "syntax error at line 1, column 7: bad")
    assert cache_mod.error_from_dict(json.loads(json.dumps(cache_mod.error_to_dict(error)))) == error


def test_fix_after_a_cached_check_rewrites_and_rescans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--fix`` never reuses a cached result for a file it rewrites: the next check is fresh."""
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    monkeypatch.setenv("LEAKSCAN_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(file)]).exit_code == 1  # the leak is now cached
    fixed = runner.invoke(main, ["check", "--fix", "--unsafe-fixes", str(file)])
    assert fixed.exit_code == 0, fixed.output
    assert file.read_text() != LEAK
    after = runner.invoke(main, ["check", str(file)])
    assert after.exit_code == 0 and "LK101" not in after.output
    assert len(_entries(tmp_path / "cache")) == 2  # one entry per content


def test_results_without_fixes_are_not_served_to_a_report_that_shows_fixes(tmp_path: Path, calls: list[str]) -> None:
    """A text run computes no fixes; a JSON run after it must not get those fix-less findings."""
    file = tmp_path / "train.py"
    file.write_text(LEAK)
    root = tmp_path / "cache"
    bare = scan_paths([str(file)], Options(fixes=False), cache=Cache(root)).findings
    full = scan_paths([str(file)], Options(fixes=True), cache=Cache(root)).findings
    assert len(calls) == 2
    assert bare and all(f.fix is None for f in bare)
    assert any(f.fix is not None for f in full)
    assert scan_paths([str(file)], Options(fixes=True), cache=Cache(root)).findings == full and len(calls) == 2
