"""Benchmark leakscan against flake8 on the generated corpus and print a Markdown table.

For N in (100, 1000) scripts, each configuration runs K times (median reported), interleaved so
that a noisy neighbour slows every tool alike:

* ``leakscan check --jobs 1 --no-cache``: one process, no cache (the per-file cost);
* ``leakscan check`` with the default ``--jobs`` (CPU count) and an empty cache (cold);
* the same with the cache left by a previous run (warm: nothing changed since);
* ``python -m flake8 --jobs 1`` with its default checks on the same ``.py`` files.

Before them, start-up: ``leakscan --version`` against ``python -c "import click"`` (the floor
for a click program), at least 10 runs each. The checks below the table compare start-up with
that floor (target <= 3x) and the warm-cache rescan with the cold scan of the same files
(target <= 0.25).

Wall time and CPU time (user + system, the process and its workers) come from ``os.wait4``,
as does the peak resident memory (of the largest single process: for ``--jobs`` runs that is
one worker or the parent, not their sum). A snapshot of the ``leakscan`` package is taken at the
start so that edits made while the benchmark runs do not change what it measures.

Usage: ``python benchmarks/run.py [--runs K] [--sizes 100,1000] [--notebooks] [--output FILE]``
(run ``benchmarks/make_corpus.py`` first, or let this script do it). A script, not a test.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
# flake8 loads every installed plugin, leakscan's own LK plugin included when leakscan-ml is
# installed: this runs flake8's command line without it, so only the default checks run.
FLAKE8_WITHOUT_LK = (
    "import sys\n"
    "from flake8.plugins import finder\n"
    "_find = finder._find_importlib_plugins\n"
    "finder._find_importlib_plugins = lambda: (p for p in _find() if p.package != 'leakscan-ml')\n"
    "from flake8.main.cli import main\n"
    "sys.exit(main())\n"
)


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_kb: int
    returncode: int


@dataclass
class Case:
    """One configuration of one tool on one file set."""

    label: str
    argv: list[str]
    env: dict[str, str]
    before: str = ""  # "fresh-cache": empty the cache folder before each run
    cache_dir: Path | None = None
    samples: list[Sample] = field(default_factory=list)

    def median(self, attr: str) -> float:
        return statistics.median(getattr(s, attr) for s in self.samples)


def run(argv: list[str], env: dict[str, str], cwd: Path) -> Sample:
    """Run a command to the end; its wall time, CPU time and peak RSS from ``wait4``."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode)


def snapshot() -> Path:
    """A copy of the leakscan package to import from while the benchmark runs."""
    target = Path(tempfile.mkdtemp(prefix="leakscan-bench-"))
    shutil.copytree(ROOT / "leakscan", target / "leakscan", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def flake8_has_lk_plugin() -> bool:
    eps = importlib.metadata.entry_points(group="flake8.extension")
    return any(ep.value.startswith("leakscan") for ep in eps)


def count_lines(files: list[Path]) -> int:
    """Lines of code: of the file for scripts, of the code cells for notebooks."""
    total = 0
    for f in files:
        if f.suffix == ".ipynb":
            cells = json.loads(f.read_text(encoding="utf-8"))["cells"]
            total += sum(len(c["source"]) for c in cells if c["cell_type"] == "code")
        else:
            total += f.read_bytes().count(b"\n")
    return total


def cases_for(paths: list[str], env: dict[str, str], workdir: Path, key: str) -> list[Case]:
    py = sys.executable
    # The default (text) report, as people run it, written to a file rather than a pipe.
    leakscan = [py, "-m", "leakscan", "check", "--exit-zero", "-o", os.devnull]
    flake8 = [py, "-c", FLAKE8_WITHOUT_LK] if flake8_has_lk_plugin() else [py, "-m", "flake8"]
    cold = workdir / f"cold-{key}"
    warm = workdir / f"warm-{key}"
    return [
        Case("leakscan --jobs 1 --no-cache", [*leakscan, "--jobs", "1", "--no-cache", *paths], env),
        Case("leakscan (default jobs, cold cache)", [*leakscan, *paths], {**env, "LEAKSCAN_CACHE_DIR": str(cold)}, "fresh-cache", cold),
        Case("leakscan (default jobs, warm cache)", [*leakscan, *paths], {**env, "LEAKSCAN_CACHE_DIR": str(warm)}, "", warm),
        Case("flake8 --jobs 1", [*flake8, "--jobs", "1", *paths], env),
    ]


def startup_cases(env: dict[str, str]) -> list[Case]:
    """Start-up: ``leakscan --version`` against the floor, a Python that imports click."""
    py = sys.executable
    return [
        Case("python -c 'import click'", [py, "-c", "import click"], env),
        Case("leakscan --version", [py, "-m", "leakscan", "--version"], env),
    ]


def check_report(argv: list[str], env: dict[str, str], cwd: Path, files: int) -> dict[str, object]:
    """One leakscan run with a JSON report, to check it scanned every file without errors."""
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    argv = [a if a != os.devnull else str(out) for a in argv]
    argv[argv.index("-o"):argv.index("-o")] = ["--format", "json"]
    subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, check=False)
    summary = json.loads(out.read_text())["summary"]
    out.unlink()
    if summary["files"] != files or summary["errors"]:
        raise SystemExit(f"leakscan scanned {summary['files']} files with {summary['errors']} errors; expected {files}, 0")
    return summary


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    flake8 = importlib.metadata.version("flake8")
    return (
        f"{cpus} CPUs ({model or platform.processor() or 'unknown'}){mem}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, flake8 {flake8}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per configuration (median reported)")
    parser.add_argument("--sizes", default="100,1000", help="numbers of scripts (100 and/or 1000)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--notebooks", action="store_true", help="also time leakscan on the 100 notebooks")
    parser.add_argument("--output", type=Path, help="also write the Markdown to this file")
    parser.add_argument("--raw", type=Path, help="write every sample as JSON to this file")
    parser.add_argument("--lib", type=Path, help="a folder holding the leakscan package to measure (default: a snapshot of this checkout)")
    args = parser.parse_args(argv)

    corpus = args.corpus.resolve()
    if not (corpus / "py" / "a").is_dir():
        sys.path.insert(0, str(HERE))
        from make_corpus import build

        print("building the corpus ...", file=sys.stderr)
        build(corpus)
    sets: dict[int, list[str]] = {100: ["py/a"], 1000: ["py/a", "py/b"]}
    sizes = [int(s) for s in args.sizes.split(",")]
    if any(n not in sets for n in sizes):
        raise SystemExit(f"--sizes must be among {sorted(sets)}")

    lib = snapshot() if args.lib is None else args.lib.resolve()
    workdir = Path(tempfile.mkdtemp(prefix="leakscan-bench-cache-"))
    # Bytecode is written (into the snapshot, by the warm-up runs) as on a user's machine:
    # otherwise every process would compile leakscan from source, start-up included.
    env = {**os.environ, "PYTHONPATH": str(lib)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("LEAKSCAN_CACHE_DIR", None)
    rows: list[tuple[int, int, int, list[Case]]] = []
    startup = startup_cases(env)
    try:
        for case in startup:  # warm the OS file cache
            run(case.argv, case.env, corpus)
        for k in range(max(args.runs, 10)):  # cheap: more runs for a steadier median
            for case in startup:
                case.samples.append(run(case.argv, case.env, corpus))
        print("start-up: " + ", ".join(f"{c.label} {c.median('wall') * 1000:.0f} ms" for c in startup), file=sys.stderr)
        groups = [(n, sets[n]) for n in sizes]
        if args.notebooks:
            groups.append((0, ["nb"]))
        for n, paths in groups:
            pattern = "*.ipynb" if n == 0 else "*.py"
            files = sorted(f for p in paths for f in (corpus / p).rglob(pattern))
            lines = count_lines(files)
            cases = cases_for(paths, env, workdir, str(n))
            if n == 0:  # notebooks: flake8 cannot read them
                cases = cases[:1]
            check_report(cases[0].argv, cases[0].env, corpus, len(files))
            for case in cases:  # warm the OS file cache; fill the warm cache
                if case.cache_dir is not None:
                    shutil.rmtree(case.cache_dir, ignore_errors=True)
                run(case.argv, case.env, corpus)
            for k in range(args.runs):
                for case in cases:
                    if case.before == "fresh-cache" and case.cache_dir is not None:
                        shutil.rmtree(case.cache_dir, ignore_errors=True)
                    case.samples.append(run(case.argv, case.env, corpus))
                    print(f"N={n or 'nb'} run {k + 1}/{args.runs} {case.label}: {case.samples[-1].wall:.2f}s", file=sys.stderr)
            rows.append((n, len(files), lines, cases))
    finally:
        if args.lib is None:
            shutil.rmtree(lib, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)

    text = render(rows, args.runs, startup)
    print(text)
    if args.output:
        args.output.write_text(text)
    if args.raw:
        raw = [
            {"n": n, "files": f, "lines": ln, "case": c.label, "samples": [vars(s) for s in c.samples]}
            for n, f, ln, cases in rows for c in cases
        ]
        args.raw.write_text(json.dumps(raw, indent=1))
    return 0


def render(rows: list[tuple[int, int, int, list[Case]]], runs: int, startup: list[Case] | None = None) -> str:
    out = [
        f"Machine: {machine()}. Median of {runs} runs; CPU = user + system time of all processes.",
        "",
    ]
    checks: list[str] = []
    if startup:
        out += ["| start-up | wall (ms) | CPU (ms) | runs |", "|---|---:|---:|---:|"]
        out += [f"| {c.label} | {c.median('wall') * 1000:.0f} | {c.median('cpu') * 1000:.0f} | {len(c.samples)} |" for c in startup]
        out.append("")
        floor, version = startup[0].median("wall"), startup[1].median("wall")
        r = version / floor
        checks.append(f"- start-up: leakscan --version vs python -c 'import click': {r:.2f}x (target <= 3x) {'ok' if r <= 3 else 'MISSED'}")
    out += [
        "| files | lines | tool | wall (s) | CPU (s) | files/s | lines/s | peak RSS (MB) | wall vs flake8 |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    single_rss: dict[int, float] = {}
    for n, files, lines, cases in rows:
        flake8 = next((c for c in cases if c.label.startswith("flake8")), None)
        base = flake8.median("wall") if flake8 else None
        for c in cases:
            wall = c.median("wall")
            rss = c.median("rss_kb") / 1024
            ratio = f"{wall / base:.2f}x" if base else "-"
            label = c.label if n else c.label + " (notebooks)"
            out.append(
                f"| {files:,} | {lines:,} | {label} | {wall:.2f} | {c.median('cpu'):.2f} | {files / wall:,.1f} | "
                f"{lines / wall:,.0f} | {rss:.0f} | {ratio} |"
            )
        if not n:
            continue
        single, cold, warm = cases[0], cases[1], cases[2]
        single_rss[n] = single.median("rss_kb")
        if base:
            r = single.median("wall") / base
            checks.append(f"- N={n}: one process, no cache vs flake8 wall time: {r:.2f}x (target <= 1.5x) {'ok' if r <= 1.5 else 'MISSED'}")
        r = warm.median("wall") / cold.median("wall")
        checks.append(
            f"- N={n}: warm-cache rescan vs cold scan (default jobs, same files): {warm.median('wall'):.2f} s / "
            f"{cold.median('wall'):.2f} s = {r:.2f} (target <= 0.25) {'ok' if r <= 0.25 else 'MISSED'}"
        )
    if 100 in single_rss and 1000 in single_rss:
        r = single_rss[1000] / single_rss[100]
        checks.append(f"- peak RSS, one process: 1,000 files vs 100: {r:.2f}x (target <= 1.5x) {'ok' if r <= 1.5 else 'MISSED'}")
    return "\n".join(out + [""] + checks) + "\n"


if __name__ == "__main__":
    sys.exit(main())
