"""The Python API that the CLI, the flake8 plugin, the language server and the tests share.

``scan_source`` analyzes one program held in memory; ``scan_paths`` finds files, reads them
robustly, and returns one ``Report`` in which every unreadable or unparsable file is an
``errors`` entry while the others are still analyzed.
"""

from __future__ import annotations

import ast
import warnings
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from contextlib import contextmanager
from typing import TYPE_CHECKING

import libcst as cst

from leakscan import knowledge as K
from leakscan.budget import DEFAULT_TIMEOUT, BudgetExceeded, check_size, time_budget
from leakscan.analysis import HELPER_CALL, Analysis, Hit
from leakscan.findings import FileError, Finding, Report
from leakscan.fixes import with_fix
from leakscan.fixes._tree import clear_caches
from leakscan.graph.builder import Builder
from leakscan.noqa import Noqa, file_noqa, source_lines, suppressed
from leakscan.notebook import NotebookError, NotebookSource, read_notebook
from leakscan.rules import all_rules
from leakscan.rules.base import Rule
from leakscan.sources import SourceError, check_nesting, read_file, read_python_source

if TYPE_CHECKING:
    from leakscan.cache import Cache


class ScanError(Exception):
    """A file that cannot be analyzed; the message says why, for a person.

    ``findings`` holds what was found anyway (the other rules, when one rule failed);
    ``cacheable`` is False when the outcome depends on more than the file (a time budget,
    a bug in leakscan), so that it is not stored as the file's result.
    """

    def __init__(self, message: str, *, findings: Sequence[Finding] = (), cacheable: bool = True) -> None:
        super().__init__(message)
        self.findings = list(findings)
        self.cacheable = cacheable

    def __reduce__(self) -> tuple[object, ...]:
        return (_scan_error, (str(self), self.findings, self.cacheable))


def _scan_error(message: str, findings: list[Finding], cacheable: bool) -> ScanError:
    return ScanError(message, findings=findings, cacheable=cacheable)


@dataclass
class Options:
    """What to check and how: the resolved configuration for one scan."""

    rules: Sequence[type[Rule]] | None = None  # None: every rule
    enabled: Callable[[str, str], bool] | None = None  # (code, path) -> bool, from configuration
    knowledge: K.Knowledge = K.DEFAULT
    honor_noqa: bool = True
    extra: dict[str, object] = field(default_factory=dict)
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per file (None or 0: no budget)
    fixes: bool = True  # compute each finding's fix (the CLI skips it for reports that show none)
    verbose: bool = False  # print the traceback of an internal error to standard error


@dataclass
class Parsed:
    """A program ready for analysis: its text, its tree and, for notebooks, the cell map."""

    path: str
    text: str  # the Python program (for notebooks: the joined, masked cells)
    module: cst.Module
    notebook: NotebookSource | None = None


def parse_source(text: str, path: str = "<string>", *, notebook: bool | None = None) -> Parsed:
    """Parse a script or a notebook's JSON text; raise ScanError with a readable reason."""
    nb: NotebookSource | None = None
    if notebook or (notebook is None and path.endswith(".ipynb")):
        try:
            nb = read_notebook(text)
        except NotebookError as exc:
            raise ScanError(str(exc)) from None
        program = nb.text
    else:
        program = text
    try:
        check_nesting(program)
    except SourceError as exc:
        raise ScanError(str(exc)) from None
    check_size(len(program))  # the native parser cannot be interrupted: refuse what would not fit
    try:
        module = cst.parse_module(program)
    except (cst.ParserSyntaxError, cst.CSTValidationError) as exc:  # the latter: odd characters in names
        line, col, message = _syntax_error(program, exc)
        where = f"line {line}, column {col}"
        if nb is not None:
            cell, cell_line, cell_col = nb.locate(line, col)
            where = f"cell {cell}, line {cell_line}, column {cell_col}"
        raise ScanError(f"syntax error at {where}: {message}") from None
    except (RecursionError, MemoryError) as exc:
        raise ScanError(f"cannot parse: {type(exc).__name__}") from None
    except Exception as exc:  # a parser bug on odd input ends this file, not the scan
        raise ScanError(_internal_error("the parser", path, exc), cacheable=False) from None
    except BaseException as exc:  # a Rust panic in libcst's native parser is a BaseException
        if type(exc).__name__ != "PanicException":
            raise
        raise ScanError(_internal_error("the parser", path, exc), cacheable=False) from None
    return Parsed(path, program, module, nb)


def _syntax_error(program: str, exc: cst.ParserSyntaxError | cst.CSTValidationError) -> tuple[int, int, str]:
    """Where and why a program does not parse, in CPython's words when it agrees (it only parses)."""
    try:
        with warnings.catch_warnings():  # "'int' object is not callable" and friends: not ours to print
            warnings.simplefilter("ignore")
            ast.parse(program)
    except SyntaxError as err:
        return err.lineno or 1, err.offset or 1, err.msg
    except (ValueError, RecursionError, MemoryError):
        pass
    if isinstance(exc, cst.CSTValidationError):
        return 1, 1, str(exc)
    message = str(exc.message).strip().splitlines()[0] if exc.message else "invalid syntax"
    return exc.raw_line, exc.raw_column + 1, message


def analyze(parsed: Parsed, options: Options | None = None) -> list[Finding]:
    """Run the rules on a parsed program and return its findings, sorted, noqa applied.

    Raises ``ScanError`` when the time budget runs out or leakscan itself fails; when one rule
    fails, the error carries the other rules' findings (``ScanError.findings``).
    """
    opts = options or Options()
    clear_caches()  # the fixers' per-node caches belong to the previous file
    with file_budget(opts):
        return _analyze(parsed, opts)


def _analyze(parsed: Parsed, opts: Options) -> list[Finding]:
    try:
        program = Builder(parsed.module, opts.knowledge).build()
        analysis = Analysis(parsed.module, program, parsed.path, parsed.notebook)
        analysis.locator.text = parsed.text  # lines by searching the source, not re-rendering it
    except RecursionError:
        raise ScanError("too deeply nested to analyze") from None
    except Exception as exc:
        raise ScanError(_internal_error("the dataflow builder", parsed.path, exc, opts), cacheable=False) from None
    lines = source_lines(parsed.text)  # Python's line breaks only: a form feed must not shift lines
    whole = file_noqa(parsed.text) if opts.honor_noqa else None  # ``# leakscan: noqa`` on a line of its own
    rules = opts.rules if opts.rules is not None else all_rules()
    findings: list[Finding] = []
    failures: list[str] = []
    for rule in rules:
        if opts.enabled is not None and not opts.enabled(rule.code, parsed.path):
            continue
        try:  # one rule's bug costs its own findings on this file, nothing more
            hits = list(rule().check(analysis))
            findings.extend(_to_findings(analysis, hits, parsed, opts, lines, whole))
        except Exception as exc:
            failures.append(_internal_error(f"rule {rule.code}", parsed.path, exc, opts))
    findings.sort(key=Finding.sort_key)
    if failures:
        raise ScanError("; ".join(failures), findings=findings, cacheable=False)
    return findings


@contextmanager
def file_budget(opts: Options) -> Iterator[None]:
    """One file's time budget (``Options.timeout``): running out raises this file's ScanError.

    Everything done for one file (parse, analysis, rounds of fixes) belongs in one budget;
    budgets opened inside it keep its deadline.
    """
    try:
        with time_budget(opts.timeout):
            yield
    except BudgetExceeded as exc:
        raise ScanError(str(exc), cacheable=False) from None


def _internal_error(what: str, path: str, exc: BaseException, opts: Options | None = None) -> str:
    """The errors entry for a bug in leakscan; with ``verbose``, the traceback goes to stderr."""
    detail = str(exc)
    if len(detail) > 200:
        detail = detail[:200] + "..."
    reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if opts is not None and opts.verbose:
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(f"leakscan: internal error in {what} on {path}:\n{trace}")
        sys.stderr.flush()
        hint = "traceback on standard error"
    else:
        hint = "run with --verbose for the traceback"
    return f"internal error in {what} on {path}: {reason} ({hint})"


def _to_findings(
    analysis: Analysis, hits: Iterable[Hit], parsed: Parsed, opts: Options, lines: list[str], whole: Noqa | None,
) -> list[Finding]:
    seen: set[tuple] = set()
    out: list[Finding] = []
    for hit in hits:
        finding = analysis.finding(hit)
        loc = finding.location
        calls = tuple((r.location.path, r.location.line) for r in finding.related if r.message == HELPER_CALL)
        key = (finding.code, loc.cell or 0, loc.line, loc.column, calls)  # each leaky call of a helper
        if key in seen:
            continue
        seen.add(key)
        if whole is not None and whole.covers(finding.code):
            continue
        if opts.honor_noqa:
            prog_line = analysis.locator.range(hit.node, hit.top).start.line
            if 0 < prog_line <= len(lines) and suppressed(finding.code, lines[prog_line - 1]):
                continue
        # never raises: a fixer bug only drops the fix
        out.append(with_fix(analysis, hit, finding, parsed.text) if opts.fixes else finding)
    out.sort(key=Finding.sort_key)
    return out


def scan_source(text: str, path: str = "<string>", *, options: Options | None = None, notebook: bool | None = None) -> list[Finding]:
    """Analyze one program (a script, or a notebook's JSON when ``path`` ends in .ipynb).

    Raises ``ScanError`` when the text cannot be parsed or analyzed within ``options.timeout``.
    """
    opts = options or Options()
    with file_budget(opts):  # one budget for the parse and the analysis
        return analyze(parse_source(text, path, notebook=notebook), opts)


def read_source(path: str) -> str:
    """Read a file as text the way leakscan analyzes it; ScanError with a reason otherwise."""
    return decode_source(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """A file's bytes (what the cache keys on); ScanError with a reason otherwise."""
    try:
        return read_file(path)
    except SourceError as exc:
        raise ScanError(str(exc)) from None


def analyze_bytes(data: bytes, path: str, options: Options | None = None) -> list[Finding]:
    """Analyze a file's bytes as ``path``; raises ScanError like ``scan_source``."""
    return scan_source(decode_source(data, path), path, options=options)


def decode_source(data: bytes, path: str) -> str:
    """A file's bytes as the text leakscan analyzes (PEP 263 for scripts, UTF-8 for notebooks)."""
    try:
        if path.endswith(".ipynb"):
            try:
                return data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise SourceError(f"cannot decode notebook as utf-8 at byte {exc.start}: {exc.reason}") from None
        return read_python_source(data)
    except SourceError as exc:
        raise ScanError(str(exc)) from None


def scan_file(path: str, options: Options | None = None) -> tuple[list[Finding], FileError | None]:
    """Analyze one file; never raises for bad input: the problem comes back as a FileError."""
    try:
        return scan_source(read_source(path), path, options=options), None
    except ScanError as exc:
        return exc.findings, FileError(path, str(exc))


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
    from leakscan.parallel import FileScanner, scan_files
    from leakscan.sources import discover

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
