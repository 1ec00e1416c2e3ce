"""Scanning many files: the on-disk cache first, then a process pool for the rest.

Files are independent (leakscan analyzes one module at a time), so a folder scan splits into
chunks that worker processes analyze. Results come back in the order of the input, whatever
the number of workers, so ``--jobs 1`` and ``--jobs 8`` print the same report. ``jobs=1``
runs in this process, which is also what a single file or an all-cached scan does.

A worker that dies (the native parser can crash the process on pathological input that slips
past the nesting check) does not end the scan: the files it held are rerun one by one in a
fresh worker, and the one that crashes again is reported as an error for that file.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leakscan.files import read_bytes
from leakscan.findings import FileError, Finding
from leakscan.options import Options, ScanError

if TYPE_CHECKING:
    from leakscan.cache import Cache

Result = tuple[list[Finding], "FileError | None"]
Progress = Callable[[int, int], None]  # (files done, files in all)
CRASHED = "the analyzer crashed on this file (please report it)"


def default_jobs() -> int:
    """The CPUs this process may run on (affinity and container limits respected)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# A libcst tree is hundreds of thousands of small objects: with CPython's default thresholds
# the cyclic collector runs every 700 allocations and, in the older generations, walks every
# live tree again and again (15-20% of a scan's CPU). A scan raises the first threshold and
# collects fully every few files instead, which keeps memory flat.
GC_THRESHOLD = (100_000, 50, 100)
COLLECT_EVERY = 20


@contextmanager
def gc_tuned(enabled: bool = True) -> Iterator[None]:
    """The collector thresholds of a scan, restored afterwards (a library must not keep them)."""
    if not enabled:
        yield
        return
    old = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)


@dataclass
class FileScanner:
    """Scans one path the way every worker does: read, look up, analyze, store."""

    options: Options
    cache: Cache | None = None

    def __call__(self, path: str, *, lookup: bool = True) -> Result:
        try:
            data = read_bytes(path)
        except ScanError as exc:  # unreadable: nothing to key an entry on
            return [], FileError(path, str(exc))
        key = self.cache.key(data, path) if self.cache is not None else None
        if key is not None and lookup:
            hit = self.cache.get(key, path)  # type: ignore[union-attr]
            if hit is not None:
                return hit
        from leakscan.engine import analyze_bytes  # the analyzer, only for a file to analyze

        try:
            result: Result = (analyze_bytes(data, path, self.options), None)
        except ScanError as exc:
            result = (exc.findings, FileError(path, str(exc)))
            if not exc.cacheable:  # a time budget or a leakscan bug: not the file's own result
                return result
        except Exception as exc:  # a bug must not end the whole scan; it is not cached
            return [], FileError(path, f"internal error: {type(exc).__name__}: {exc}")
        if key is not None:
            self.cache.put(key, path, result)  # type: ignore[union-attr]
        return result

    def cached(self, path: str) -> Result | None:
        """The cached result for ``path`` as it is now on disk, without analyzing it."""
        if self.cache is None:
            return None
        try:
            data = read_bytes(path)
        except ScanError:
            return None
        return self.cache.get(self.cache.key(data, path), path)


def scan_files(
    files: Sequence[str],
    scanner: FileScanner,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Result]:
    """One result per file, in the order of ``files``."""
    total = len(files)
    results: list[Result | None] = [None] * total
    done = 0

    def report(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    todo = list(range(total))
    if jobs > 1 and scanner.cache is not None:  # hits cost a hash: no need for a worker
        misses = []
        for i in todo:
            hit = scanner.cached(files[i])
            if hit is None:
                misses.append(i)
            else:
                results[i] = hit
        report(total - len(misses))
        todo = misses
    context = _context() if jobs > 1 and len(todo) > 1 else None
    if context is not None and not _picklable(scanner, context):
        context = None
    if context is None:
        with gc_tuned(len(todo) > 1):
            for n, i in enumerate(todo, 1):
                results[i] = scanner(files[i])
                report(1)
                if n % COLLECT_EVERY == 0:
                    gc.collect()
    else:
        if context.get_start_method() == "fork":  # import the analyzer once, before the workers fork
            import leakscan.engine  # noqa: F401
        _run_pool(files, todo, scanner, min(jobs, len(todo)), context, results, report)
    return [r if r is not None else ([], FileError(files[i], CRASHED)) for i, r in enumerate(results)]


# --------------------------------------------------------------------------- the pool

_WORKER: FileScanner | None = None
_SCANNED = 0


def _init_worker(scanner: FileScanner) -> None:
    global _WORKER
    _WORKER = scanner
    gc.set_threshold(*GC_THRESHOLD)  # the worker is ours: tuned for its whole life


def _scan_chunk(paths: list[str]) -> list[Result]:
    global _SCANNED
    assert _WORKER is not None
    out = []
    try:
        for path in paths:
            out.append(_WORKER(path, lookup=False))
            _SCANNED += 1
            if _SCANNED % COLLECT_EVERY == 0:
                gc.collect()
    except KeyboardInterrupt:  # Ctrl-C reached the whole group: end now, not after the queued chunks
        os._exit(130)
    return out


def _context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (Linux, one thread): workers start at once, leakscan imported."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _picklable(scanner: FileScanner, context: multiprocessing.context.BaseContext) -> bool:
    if context.get_start_method() == "fork":
        return True
    try:
        pickle.dumps(scanner)
    except Exception:  # a lambda in Options.enabled, say: scan in this process instead
        return False
    return True


def _chunks(indices: list[int], jobs: int) -> list[list[int]]:
    """About eight chunks per worker (balance), at most 32 files each (progress, memory)."""
    size = max(1, min(32, len(indices) // (jobs * 8)))
    return [indices[i:i + size] for i in range(0, len(indices), size)]


def _run_pool(
    files: Sequence[str],
    todo: list[int],
    scanner: FileScanner,
    jobs: int,
    context: multiprocessing.context.BaseContext,
    results: list[Result | None],
    report: Callable[[int], None],
) -> None:
    pending = _chunks(todo, jobs)
    leftover: list[int] = []
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(scanner,)) as pool:
        futures: dict[Future[list[Result]], list[int]] = {
            pool.submit(_scan_chunk, [files[i] for i in chunk]): chunk for chunk in pending
        }
        try:
            while futures:
                finished, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in finished:
                    chunk = futures.pop(future)
                    try:
                        chunk_results = future.result()
                    except BrokenProcessPool:
                        leftover.extend(chunk)
                        continue
                    for i, result in zip(chunk, chunk_results):
                        results[i] = result
                    report(len(chunk))
        except BaseException:  # Ctrl-C: drop the queued chunks instead of scanning them all first
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    if leftover:
        _isolate(files, sorted(leftover), scanner, context, results, report)


def _isolate(
    files: Sequence[str],
    todo: list[int],
    scanner: FileScanner,
    context: multiprocessing.context.BaseContext,
    results: list[Result | None],
    report: Callable[[int], None],
) -> None:
    """After a worker died: one file at a time, a new worker after each crash."""
    queue = list(todo)
    while queue:
        with ProcessPoolExecutor(1, mp_context=context, initializer=_init_worker, initargs=(scanner,)) as pool:
            while queue:
                i = queue[0]
                try:
                    results[i] = pool.submit(_scan_chunk, [files[i]]).result()[0]
                except BrokenProcessPool:
                    results[i] = ([], FileError(files[i], CRASHED))
                    queue.pop(0)
                    report(1)
                    break
                queue.pop(0)
                report(1)
