#!/usr/bin/env python
"""Measure autofix coverage: the share of findings of each fixable code that
``leakscan check --fix --unsafe-fixes`` removes.

Each corpus is copied to a temporary folder (the corpus itself is never touched), scanned with
``--format json``, fixed, and scanned again. A finding counts as removed when the number of
findings of its code in its file goes down (fixes move lines, so lines cannot be matched).
Findings that stay are listed with their ``no_fix_reason`` under ``--verbose``.

    python eval/fix_coverage.py [CORPUS ...] [--verbose] [--json]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = ("dev", "dev2", "holdout", "holdout2", "holdout3")
FIXABLE = ("LK101", "LK102", "LK103", "LK104", "LK105", "LK201", "LK301")  # issue 17's codes
FIXABLE_ALL = (*FIXABLE, "LK502", "LK503")


def _scan(folder: Path) -> tuple[list[dict], list[dict]]:
    """The findings and errors of a scan of ``folder`` (JSON report), paths relative to it."""
    out = subprocess.run(
        [sys.executable, "-m", "leakscan", "check", "--no-cache", "--exit-zero", "--format", "json", "."],
        cwd=folder, capture_output=True, text=True, check=False,
    )
    report = json.loads(out.stdout)
    return report["findings"], report["errors"]


def _fix(folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "leakscan", "check", "--no-cache", "--exit-zero", "--fix", "--unsafe-fixes", "."],
        cwd=folder, capture_output=True, text=True, check=False,
    )


def measure(corpus: Path, codes: tuple[str, ...] = FIXABLE) -> tuple[Counter, Counter, list[dict], list[str]]:
    """(findings before per code, removed per code, findings left, problems) for one corpus.

    Problems are what a fix must never cause: a file that no longer parses (a scan error
    that was not there before), a file that no longer compiles, or a finding of any code
    that was not there before the fixes."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / corpus.name
        shutil.copytree(corpus, work)
        before, errors_before = _scan(work)
        _fix(work)
        after, errors_after = _scan(work)
        problems = [f"{corpus.name}/{e['path']}: {e['message']}" for e in errors_after if e not in errors_before]
        for path in sorted(work.rglob("*.py")):
            try:
                compile(path.read_text(encoding="utf-8"), str(path), "exec")
            except (SyntaxError, UnicodeDecodeError, ValueError) as exc:
                problems.append(f"{corpus.name}/{path.relative_to(work)}: does not compile after the fixes: {exc}")
    all_before = Counter((f["path"], f["code"]) for f in before)
    for f in after:
        if all_before[(f["path"], f["code"])] == 0:
            problems.append(f"{corpus.name}/{f['path']}:{f['line']}: new {f['code']} after the fixes: {f['message']}")
    count_before = Counter((f["path"], f["code"]) for f in before if f["code"] in codes)
    count_after = Counter((f["path"], f["code"]) for f in after if f["code"] in codes)
    per_code: Counter = Counter()
    removed: Counter = Counter()
    for (path, code), n in count_before.items():
        per_code[code] += n
        removed[code] += max(0, n - count_after.get((path, code), 0))
    left = [f for f in before if f["code"] in codes and count_after.get((f["path"], f["code"]), 0)]
    return per_code, removed, left, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", default=list(DEFAULT_CORPORA))
    parser.add_argument("--verbose", action="store_true", help="list the findings a fix did not remove")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--all-codes", action="store_true", help="also the time-series codes LK502, LK503")
    args = parser.parse_args()
    total: Counter = Counter()
    removed: Counter = Counter()
    left: list[dict] = []
    problems: list[str] = []
    for name in args.corpora:
        corpus = Path(name) if Path(name).is_dir() else HERE / name
        t, r, lft, probs = measure(corpus, FIXABLE_ALL if args.all_codes else FIXABLE)
        problems += probs
        total.update(t)
        removed.update(r)
        left += [{**f, "corpus": corpus.name} for f in lft]
    rows = {code: {"findings": total[code], "removed": removed[code]} for code in FIXABLE_ALL if total[code]}
    n, m = sum(total.values()), sum(removed.values())
    if args.json:
        print(json.dumps({"codes": rows, "total": {"findings": n, "removed": m}, "problems": problems}, indent=2))
        return
    print("| code | findings | removed | share |")
    print("|---|---|---|---|")
    for code, row in rows.items():
        print(f"| {code} | {row['findings']} | {row['removed']} | {row['removed'] / row['findings']:.0%} |")
    print(f"| all | {n} | {m} | {m / n:.0%} |" if n else "| all | 0 | 0 | - |")
    print(f"\nproblems caused by the fixes: {len(problems)}")
    for line in problems:
        print(f"  {line}")
    if args.verbose:
        for f in left:
            reason = f.get("no_fix_reason") or ("fix offered" if f.get("fix") else "no fix")
            print(f"{f['corpus']}/{f['path']}:{f['line']}: {f['code']} [{reason}] {f['message']}")


if __name__ == "__main__":
    main()
