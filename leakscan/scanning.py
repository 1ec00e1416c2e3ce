"""Scanning files and folders into one ``Report``: discovery, then the cache and the workers.

Light at import: the analyzer is imported by ``parallel`` only for files the cache misses.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from leakscan.findings import Finding, Report
from leakscan.options import Options
from leakscan.parallel import FileScanner, scan_files
from leakscan.sources.discovery import discover

if TYPE_CHECKING:
    from leakscan.cache import Cache


def scan_paths(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    exclude: Sequence[str] = (),
    extend_exclude: Sequence[str] = (),
    jobs: int = 1,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Scan files and folders (``.py`` and ``.ipynb``) and return one report.

    ``jobs`` > 1 analyzes files in that many worker processes (the report is the same);
    ``cache`` reuses and stores per-file results; ``progress(done, total)`` is called as
    files finish.
    """
    start = time.perf_counter()
    opts = options or Options()
    files, errors = discover(paths, exclude=exclude, extend_exclude=extend_exclude)
    report = Report(errors=list(errors))
    scanner = FileScanner(opts, cache.bind(opts) if cache is not None else None)
    for findings, error in scan_files(files, scanner, jobs=jobs, progress=progress):
        report.findings.extend(findings)
        if error is not None:
            report.errors.append(error)
    report.files = len(files)
    report.findings.sort(key=Finding.sort_key)
    report.errors.sort(key=lambda e: e.path)
    report.seconds = time.perf_counter() - start
    return report
